package org.sanxiang.records.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration of the full-process record, PID {@code org.sanxiang.records}; shipped defaults in code. */
@ObjectClassDefinition(name = "Sanxiang full-process record (执法全过程记录)",
        description = "Document types, case-file standard, audio-video record list, retention and evidence store.")
public @interface RecordsConfig {

    @AttributeDefinition(name = "Evidence store root",
            description = "Directory of the content-addressed evidence store; ${name} is replaced by the system property.")
    String evidence_root() default "${karaf.data}/evidence";

    @AttributeDefinition(name = "Document types (文书类型)",
            description = "Each entry TYPE=STAGE: a document type and the stage (CaseStage name) it belongs to.")
    String[] document_types() default {
        "立案审批表=FILED", "现场检查笔录=INVESTIGATION", "询问笔录=INVESTIGATION", "勘验笔录=INVESTIGATION",
        "证据登记保存清单=EVIDENCE", "抽样取证凭证=EVIDENCE", "调查终结报告=EXAMINATION", "告知书=EXAMINATION",
        "听证笔录=EXAMINATION", "法制审核意见书=EXAMINATION", "决定书=DECISION", "送达回证=SERVICE",
        "执行记录=EXECUTION", "结案报告=CLOSED", "撤销立案审批表=WITHDRAWN"};

    @AttributeDefinition(name = "Case-file standard (案卷标准)",
            description = "Each entry KIND=TYPE,TYPE,…: the document types a closed case of that EnforcementKind must hold"
                    + " before archiving; WITHDRAWN=… applies to withdrawn cases of every kind.")
    String[] case_file_standard() default {
        "PENALTY=立案审批表,询问笔录,调查终结报告,告知书,决定书,送达回证,结案报告",
        "PERMIT=立案审批表,现场检查笔录,决定书,送达回证,结案报告",
        "COERCION=立案审批表,现场检查笔录,证据登记保存清单,决定书,送达回证,执行记录,结案报告",
        "LEVY=立案审批表,调查终结报告,决定书,送达回证,执行记录,结案报告",
        "INSPECTION=立案审批表,现场检查笔录,结案报告",
        "WITHDRAWN=立案审批表,撤销立案审批表"};

    @AttributeDefinition(name = "Audio-video record list (音像记录事项清单)",
            description = "Each entry ACTIVITY=NONE|REQUIRED|FULL_PROCESS (activity by Chinese name or Activity name).")
    String[] recording_requirements() default {
        "现场检查=REQUIRED", "随机抽查=REQUIRED", "调查取证=REQUIRED", "证据保全=REQUIRED",
        "听证=FULL_PROCESS", "行政强制=FULL_PROCESS", "送达=REQUIRED"};

    @AttributeDefinition(name = "Stage activities",
            description = "Each entry STAGE=ACTIVITY[,ACTIVITY]: the activities carried out in a stage; leaving the stage"
                    + " (except to WITHDRAWN) needs their recordings. KIND:STAGE=… applies to one EnforcementKind only.")
    String[] stage_activities() default {
        "INVESTIGATION=现场检查", "EVIDENCE=调查取证", "SERVICE=送达", "COERCION:EXECUTION=行政强制"};

    @AttributeDefinition(name = "Retention (保存期限)",
            description = "Each entry CLASS=ISO-8601 period (CASE_FILE, DOCUMENT, MEDIA, ACCESS_LOG).")
    String[] retention() default {"CASE_FILE=P30Y", "DOCUMENT=P30Y", "MEDIA=P6M", "ACCESS_LOG=P10Y"};

    @AttributeDefinition(name = "Officers needed for investigation and evidence",
            description = "Certified officers a case needs to enter 调查 or 取证 (at least 2 by law).")
    int certified_officers_required() default 2;

    @AttributeDefinition(name = "Required gates (必需关卡)",
            description = "Names (service property sanxiang.gate.name) of gates that must be running: while one is"
                    + " absent (its module not started, or restarting) every stage change and every new document is"
                    + " refused, so no decision slips past a missing legal review. Empty: none required.")
    String[] required_gates() default {};

    @AttributeDefinition(name = "Expected-recording delay (音像记录上传时限)",
            description = "ISO-8601 duration after a case enters a stage within which the recordings of its listed"
                    + " activities must be linked, else an alert is raised (sanxiang:recording-watch, the supervision"
                    + " office). Empty: the recorder's upload.max.delay.hours (PID org.sanxiang.ingest), else PT24H.",
            required = false)
    String recording_watch_delay() default "";

    @AttributeDefinition(name = "Integrity verification interval (定期完整性核验)",
            description = "ISO-8601 duration between two background verifications of the ledger and of every stored"
                    + " file against its SHA-256 (the first at most 10 minutes after the start). Empty: off"
                    + " (sanxiang:ledger-verify by hand only).", required = false)
    String integrity_verify_interval() default "PT24H";

    @AttributeDefinition(name = "Quick verification sample (抽样核验)",
            description = "Stored files re-hashed by a quick verification (sanxiang:ledger-verify --background --quick).")
    int integrity_verify_sample() default 200;
}
