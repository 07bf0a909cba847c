package org.sanxiang.api.disclosure;

import java.time.LocalDate;
import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The deadline monitor of publications (公开期限监控). It scans on a schedule; each alert is raised once,
 * logged, kept, and passed to every {@link DeadlineAlertListener} service (the supervision adapter).
 */
@ProviderType
public interface DeadlineMonitor {

    /** Scans as of {@code today} and returns the alerts raised now (not the ones raised before). */
    List<DeadlineAlert> scan(LocalDate today);

    /** The alerts raised so far, newest first. */
    List<DeadlineAlert> alerts(int limit);

    /** Publications still to go out, with their deadlines, nearest first. */
    List<Publication> pending(int limit);
}
