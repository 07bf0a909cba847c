package org.sanxiang.api.statistics;

import java.nio.file.Path;
import java.time.Instant;

/** One generation of a year's report (统计年报生成记录): the files written and the SHA-256 of the XML. */
public record GeneratedReport(int year, Path xml, Path html, String xmlSha256, Instant generatedAt,
                              String generatedBy) {
}
