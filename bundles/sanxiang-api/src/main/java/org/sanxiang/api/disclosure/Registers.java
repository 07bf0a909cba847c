package org.sanxiang.api.disclosure;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Pre-disclosure registers (事前公开, R-D3): versioned entries with effective dates, each change ledgered.
 * The personnel list (R-D3d) is kept in step with the records module's officers and certificates.
 */
@ProviderType
public interface Registers {

    /**
     * Records a new version of an entry, effective from {@code effectiveFrom}; refused (with every missing
     * field) unless the register's required fields are present. An unchanged entry is not versioned again.
     */
    RegisterEntry put(RegisterType type, String key, Map<String, String> fields, LocalDate effectiveFrom,
            String actor);

    /**
     * Imports many entries of one register at once (批量导入), validated as a whole: when any row is incomplete,
     * has no key or repeats a key, {@link PublicationRefusedException} names every bad row (field
     * {@code 第n行(key)}) and nothing is written; otherwise every row becomes a new version effective from
     * {@code effectiveFrom} in one transaction (unchanged rows are not versioned again). Returns the entries as
     * they stand after the import, in row order.
     */
    List<RegisterEntry> importEntries(RegisterType type, List<RegisterImportRow> rows, LocalDate effectiveFrom,
            String actor);

    /** Withdraws an entry from {@code effectiveFrom} (a new version, the history stays). */
    RegisterEntry withdraw(RegisterType type, String key, LocalDate effectiveFrom, String actor);

    /** The register as in force on {@code asOf}: for each key its newest version effective then, not withdrawn. */
    List<RegisterEntry> asOf(RegisterType type, LocalDate asOf);

    /** Every version of an entry, oldest first. */
    List<RegisterEntry> history(RegisterType type, String key);

    /**
     * Brings the personnel list (行政执法人员清单) in line with the records module's officers as of
     * {@code effectiveFrom}; returns the entries that changed.
     */
    List<RegisterEntry> syncPersonnel(LocalDate effectiveFrom, String actor);
}
