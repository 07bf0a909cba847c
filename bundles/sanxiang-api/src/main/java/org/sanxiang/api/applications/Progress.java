package org.sanxiang.api.applications;

import java.time.LocalDate;
import java.util.List;

/**
 * An application's progress (办理进度) with its working-day clock.
 *
 * @param acceptedOn          day of acceptance (受理), or null before it
 * @param pausedWorkingDays   working days spent in special procedures (特别程序), not counted
 * @param paused              whether a special procedure is running now
 * @param due                 the last day of the time limit (办结期限), or null before acceptance; while paused,
 *                            as if the procedure ended today
 * @param provisional         whether {@code due} depends on a year without holiday data
 * @param remainingWorkingDays working days from today to {@code due} (negative when overdue), or null before
 *                            acceptance and once decided
 */
public record Progress(Application application, List<ApplicationStep> steps, LocalDate acceptedOn,
        int pausedWorkingDays, boolean paused, LocalDate due, boolean provisional, Integer remainingWorkingDays) {

    public Progress {
        steps = List.copyOf(steps);
    }
}
