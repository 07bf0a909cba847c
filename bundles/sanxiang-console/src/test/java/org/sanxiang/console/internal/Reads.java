package org.sanxiang.console.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.sanxiang.api.records.AccessLog;
import org.sanxiang.api.records.AccessRecord;
import org.sanxiang.api.records.AccessRequest;

/** The one access log (调阅监督) as a command's test sees it: the reads logged through it, one line each. */
public final class Reads implements AccessLog {

    /** {@code who | purpose | subject type | subject}, in the order logged. */
    public final List<String> logged = new ArrayList<>();

    @Override
    public List<AccessRecord> query(String who, String subjectRef, Instant from, Instant to, int limit) {
        throw new UnsupportedOperationException("a list does not query the log");
    }

    @Override
    public void record(AccessRequest access, String subjectType, String subjectRef) {
        logged.add(access.who() + " | " + access.purpose() + " | " + subjectType + " | " + subjectRef);
    }
}
