package org.sanxiang.api.records;

import java.util.List;

/**
 * Adding a document was refused by one or more {@link DocumentGate}s (文书签发被拒绝); nothing was stored.
 * {@link #reasons()} lists every veto in Chinese, for staff.
 */
public class DocumentRefusedException extends RecordsException {

    private static final long serialVersionUID = 1L;

    private final String caseNumber;
    private final String documentType;
    private final List<String> reasons;

    public DocumentRefusedException(String caseNumber, String documentType, List<String> reasons) {
        super("案件" + caseNumber + "不能添加" + documentType + ": " + String.join("; ", reasons));
        this.caseNumber = caseNumber;
        this.documentType = documentType;
        this.reasons = List.copyOf(reasons);
    }

    public String caseNumber() {
        return caseNumber;
    }

    public String documentType() {
        return documentType;
    }

    public List<String> reasons() {
        return reasons;
    }
}
