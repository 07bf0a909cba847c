package org.sanxiang.review.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Configuration of the legal review, PID {@code org.sanxiang.review}: the catalogue of major decisions
 * (《重大执法决定法制审核目录清单》) and the procedure's time limits. Defaults are those of a natural-resources
 * bureau (自然资源局); amounts are in 元 and "以上" includes the amount itself.
 */
@ObjectClassDefinition(name = "Sanxiang legal review (重大执法决定法制审核)",
        description = "Catalogue of major decisions, legal office, time limits and alerts.")
public @interface ReviewConfig {

    @AttributeDefinition(name = "Catalogue rules in force (目录清单)",
            description = "CatalogueRule names: FINE, CONFISCATION, LICENCE_SUSPENSION, LICENCE_REVOCATION,"
                    + " SUSPEND_PRODUCTION, DEMOLITION, HEARING, BEYOND_DISCRETION, CRIMINAL_TRANSFER, MANUAL_REFERRAL."
                    + " A rule not listed never fires.")
    String[] catalogue_rules() default {"FINE", "CONFISCATION", "LICENCE_SUSPENSION", "LICENCE_REVOCATION",
        "SUSPEND_PRODUCTION", "DEMOLITION", "HEARING", "BEYOND_DISCRETION", "CRIMINAL_TRANSFER", "MANUAL_REFERRAL"};

    @AttributeDefinition(name = "Fine threshold, natural person (自然人较大数额罚款, 元)",
            description = "A fine of this amount or more (以上含本数) to a natural person is major.")
    String fine_threshold_natural_person() default "10000";

    @AttributeDefinition(name = "Fine threshold, legal person or other organisation (法人或其他组织, 元)",
            description = "A fine of this amount or more to a legal person or other organisation is major.")
    String fine_threshold_legal_person() default "100000";

    @AttributeDefinition(name = "Fine threshold, individual business (个体工商户, 元)",
            description = "A fine of this amount or more to a 个体工商户 is major.")
    String fine_threshold_individual_business() default "10000";

    @AttributeDefinition(name = "Confiscation threshold (较大数额没收, 元)",
            description = "Confiscations (违法所得、非法财物、违法建筑物、违法采出的矿产品) worth this much or more in"
                    + " total are major.")
    String confiscation_threshold() default "50000";

    @AttributeDefinition(name = "Legal office (法制机构)",
            description = "The unit whose qualified reviewers may sign opinions.")
    String legal_office() default "政策法规科";

    @AttributeDefinition(name = "Time limit (审核期限, working days)",
            description = "Working days from the day the materials are complete (that day not counted).")
    int time_limit_working_days() default 5;

    @AttributeDefinition(name = "Extension (延长期限, working days)",
            description = "Working days added by the one extension an approver may grant.")
    int extension_working_days() default 5;

    @AttributeDefinition(name = "Near-deadline alert (临期预警, working days)",
            description = "An open review with this many working days left, or fewer, is reported as near its deadline.")
    int near_deadline_working_days() default 1;

    @AttributeDefinition(name = "Alert scan interval (minutes)",
            description = "How often overdue and near-deadline reviews are logged as WARN.")
    int alert_scan_minutes() default 60;

    @AttributeDefinition(name = "Kinds that need a proposal before the decision",
            description = "EnforcementKind names: cases of these kinds cannot enter 决定 nor issue 决定书 without a"
                    + " registered proposed decision, since the catalogue cannot be evaluated.")
    String[] proposal_required_kinds() default {"PENALTY", "COERCION"};

    @AttributeDefinition(name = "Decision document types (决定文书)",
            description = "Document types (records document.types) that issue a decision and need a passed review.")
    String[] decision_document_types() default {"决定书"};
}
