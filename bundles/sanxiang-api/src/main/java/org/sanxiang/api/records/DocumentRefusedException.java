package org.sanxiang.api.records;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Adding a document was refused by one or more {@link DocumentGate}s (文书签发被拒绝); nothing was stored.
 * {@link #vetoes()} names every gate that refused, with its requirement and its reason in Chinese, for staff.
 */
public class DocumentRefusedException extends RecordsException {

    private static final long serialVersionUID = 1L;

    private final String caseNumber;
    private final String documentType;
    private final List<Veto> vetoes;

    public DocumentRefusedException(String caseNumber, String documentType, List<Veto> vetoes) {
        super("案件" + caseNumber + "不能添加" + documentType + ": "
                + vetoes.stream().map(Veto::reason).collect(Collectors.joining("; ")));
        this.caseNumber = caseNumber;
        this.documentType = documentType;
        this.vetoes = List.copyOf(vetoes);
    }

    public String caseNumber() {
        return caseNumber;
    }

    public String documentType() {
        return documentType;
    }

    /** The reasons of the vetoes, in gate order. */
    public List<String> reasons() {
        return vetoes.stream().map(Veto::reason).collect(Collectors.toList());
    }

    /** Every gate that refused, in gate order. */
    public List<Veto> vetoes() {
        return vetoes;
    }
}
