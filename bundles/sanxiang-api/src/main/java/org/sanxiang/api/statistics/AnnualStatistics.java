package org.sanxiang.api.statistics;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The annual enforcement statistics (行政执法统计年报, R-D2). Years are calendar years in China
 * (Asia/Shanghai): a case filed at 2025-12-31T17:00Z belongs to 2026.
 */
@ProviderType
public interface AnnualStatistics {

    /** XML namespace of the report sent to the supervision office. */
    String NAMESPACE = "urn:sanxiang:statistics:v1";

    /** Computes the figures of {@code year} from the hub's records, read-only. */
    AnnualReport compute(int year);

    /** The report as XML (UTF-8 text, namespace {@value #NAMESPACE}, valid against the module's XSD). */
    String xml(AnnualReport report);

    /** The report as a self-contained Chinese HTML page with inline SVG charts (no external resources). */
    String html(AnnualReport report);

    /**
     * Computes {@code year}, writes {@code <reports.dir>/<year>/行政执法统计年报-<year>.xml} and {@code .html}
     * (replacing earlier files of that year) and records the generation; returns where the files are.
     */
    GeneratedReport generate(int year, String actor);
}
