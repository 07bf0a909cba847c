package org.sanxiang.api.records;

import java.util.List;
import org.sanxiang.api.domain.CaseStage;

/**
 * A stage transition was refused (环节流转被拒绝): not a legal successor, or vetoed by one or more
 * {@link StageGate}s. {@link #reasons()} lists every veto; {@link #missingDocuments()} names the document
 * types the case-file standard (案卷标准) still misses when archiving was refused.
 */
public class TransitionRefusedException extends RecordsException {

    private static final long serialVersionUID = 1L;

    private final CaseStage from;
    private final CaseStage to;
    private final List<String> reasons;
    private final List<String> missingDocuments;

    public TransitionRefusedException(CaseStage from, CaseStage to, List<String> reasons,
                                      List<String> missingDocuments) {
        super("案件不能从" + from.chinese() + "转入" + to.chinese() + ": " + String.join("; ", reasons));
        this.from = from;
        this.to = to;
        this.reasons = List.copyOf(reasons);
        this.missingDocuments = List.copyOf(missingDocuments);
    }

    public CaseStage from() {
        return from;
    }

    public CaseStage to() {
        return to;
    }

    public List<String> reasons() {
        return reasons;
    }

    /** Document types missing for archiving (归档缺少的文书); empty unless archiving was refused for them. */
    public List<String> missingDocuments() {
        return missingDocuments;
    }
}
