package org.sanxiang.api.applications;

import java.time.Instant;

/** One logged read of an application (调阅记录, R-R6): who read it, when and why. */
public record ApplicationRead(long id, Instant at, String who, String purpose, String receiptNumber) {
}
