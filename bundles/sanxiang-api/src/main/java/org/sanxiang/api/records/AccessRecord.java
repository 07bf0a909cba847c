package org.sanxiang.api.records;

import java.time.Instant;

/**
 * One logged read (调阅记录): who read what, when and for which stated purpose.
 *
 * @param subjectType CASE, CASE_LIST, DOCUMENT or MEDIA
 * @param subjectRef  the case number, document id or media SHA-256 read
 */
public record AccessRecord(long id, Instant at, String who, String purpose, String subjectType,
                           String subjectRef) {
}
