package org.sanxiang.api.applications;

import java.time.LocalDate;
import java.util.List;
import org.osgi.annotation.versioning.ProviderType;
import org.sanxiang.api.records.AccessRequest;

/**
 * Permit applications taken in at the counters (行政许可申请): every change is committed, then ledgered; every
 * read takes an {@link AccessRequest} and is logged (R-R6).
 */
@ProviderType
public interface PermitApplications {

    /**
     * The role a caller needs to change an application (受理、登记办理环节): counter staff (窗口). Reads (progress)
     * are open to every authenticated caller; every channel that offers {@link #submit} or {@link #recordStep}
     * refuses a caller without this role ({@link #requireCounter}).
     */
    String COUNTER_ROLE = "counter";

    /**
     * Refuses a change of an application by a caller without {@link #COUNTER_ROLE}.
     *
     * @param operation what the caller asked for, named in the refusal (e.g. {@code SubmitApplication})
     * @throws SecurityException with the Chinese refusal for counter staff
     */
    static void requireCounter(java.util.Set<String> callerRoles, String operation) {
        if (callerRoles == null || !callerRoles.contains(COUNTER_ROLE)) {
            throw new SecurityException("调用 " + operation + " 需要窗口(" + COUNTER_ROLE + ")角色");
        }
    }

    /**
     * Takes in an application and returns it with its receipt number. The item must be in the service guide
     * (服务指南) or the enforcement item list (行政执法事项清单) in force today; its time limit is the number of
     * working days in the guide's 办理时限 field, else the configured default. The same channel and client
     * request id give back the application created first ({@link Application#repeated()}).
     *
     * @throws ApplicationRefusedException with a Chinese message when the item or the applicant is not valid
     */
    Application submit(NewApplication application, String actor);

    /**
     * Records a step on {@code occurredOn} (not before the newest step, not after today). A decision (审批结果,
     * {@link StepKind#DECIDED}) names the deciding officer, who must hold an enforcement certificate covering
     * 行政许可 and the bureau's region valid on that day (持证上岗, R-D4): the same officer registry check the
     * records gates make for cases.
     *
     * @param decidedBy the deciding officer's id in the officer registry; required for {@link StepKind#DECIDED},
     *                  not allowed for the other steps
     * @throws ApplicationNotFoundException when the receipt number is unknown
     * @throws ApplicationRefusedException when the step may not follow the current one, or the deciding officer
     *         is missing or not certified
     */
    Progress recordStep(String receiptNumber, StepKind kind, LocalDate occurredOn, Decision decision, String note,
            String decidedBy, String actor);

    /** The progress of an application (logged as a read). */
    Progress progress(String receiptNumber, AccessRequest access);

    /** The newest applications (logged as one read of the list). */
    List<Application> list(int limit, AccessRequest access);

    /** The logged reads of an application, newest first. */
    List<ApplicationRead> reads(String receiptNumber, int limit);
}
