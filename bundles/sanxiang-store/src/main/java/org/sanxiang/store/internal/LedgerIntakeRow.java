package org.sanxiang.store.internal;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.sanxiang.api.ledger.LedgerAppend;
import org.sanxiang.api.ledger.LedgerIntake;
import org.sanxiang.api.ledger.Sha256;

/** One row of {@code sx_ledger_intake} (MyBatis maps the columns by name). */
public final class LedgerIntakeRow {

    public Long id;
    public String kind;
    public String subjectRef;
    public String actor;
    public String contentSha256;
    public LocalDateTime recordedAt;

    static LedgerIntakeRow of(LedgerAppend event, LocalDateTime recordedAt) {
        LedgerIntakeRow row = new LedgerIntakeRow();
        row.kind = event.kind();
        row.subjectRef = event.subjectRef();
        row.actor = event.actor();
        row.contentSha256 = event.contentDigest().hex();
        row.recordedAt = recordedAt;
        return row;
    }

    LedgerIntake.Recorded toRecorded() {
        return new LedgerIntake.Recorded(id, new LedgerAppend(kind, subjectRef, actor, Sha256.fromHex(contentSha256)),
                recordedAt.toInstant(ZoneOffset.UTC));
    }
}
