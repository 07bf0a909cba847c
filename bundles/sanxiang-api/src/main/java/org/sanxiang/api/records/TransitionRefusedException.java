package org.sanxiang.api.records;

import java.util.List;
import java.util.stream.Collectors;
import org.sanxiang.api.domain.CaseStage;

/**
 * A stage transition was refused (环节流转被拒绝): not a legal successor, or vetoed by one or more
 * {@link StageGate}s. {@link #vetoes()} names every gate that refused, with its requirement and reason
 * ({@link #reasons()} the reasons alone); {@link #missingDocuments()} names the document
 * types the case-file standard (案卷标准) still misses when archiving was refused.
 */
public class TransitionRefusedException extends RecordsException {

    private static final long serialVersionUID = 1L;

    private final CaseStage from;
    private final CaseStage to;
    private final List<Veto> vetoes;
    private final List<String> missingDocuments;

    public TransitionRefusedException(CaseStage from, CaseStage to, List<Veto> vetoes,
                                      List<String> missingDocuments) {
        super("案件不能从" + from.chinese() + "转入" + to.chinese() + ": "
                + vetoes.stream().map(Veto::reason).collect(Collectors.joining("; ")));
        this.from = from;
        this.to = to;
        this.vetoes = List.copyOf(vetoes);
        this.missingDocuments = List.copyOf(missingDocuments);
    }

    public CaseStage from() {
        return from;
    }

    public CaseStage to() {
        return to;
    }

    /** The reasons of the vetoes, in gate order. */
    public List<String> reasons() {
        return vetoes.stream().map(Veto::reason).collect(Collectors.toList());
    }

    /** Every gate that refused, in gate order. */
    public List<Veto> vetoes() {
        return vetoes;
    }

    /** Document types missing for archiving (归档缺少的文书); empty unless archiving was refused for them. */
    public List<String> missingDocuments() {
        return missingDocuments;
    }
}
