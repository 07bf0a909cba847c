package org.sanxiang.api.disclosure;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * 双随机一公开 (R-D3b, R-D6): draws recorded with their seed and inputs, results recorded per subject with
 * their category, and published through the outbox within 20 working days of the inspection's end. Steps
 * that are not allowed throw {@link PublicationRefusedException} and change nothing.
 */
@ProviderType
public interface Inspections {

    /**
     * Draws subjects and inspectors for {@code item} and records the draw; a null or blank {@code seed} is
     * replaced by a fresh random one, which is recorded like a given one. Each inspector is checked against the
     * officer registry (持证上岗): one who is not registered or whose certificate is not valid for 行政检查 on the
     * draw date is left out, with the reason recorded ({@link InspectionDraw#excluded()}); the registry's name
     * stands for the one given. Without the officer registry no draw is made.
     */
    InspectionDraw draw(InspectionItem item, List<InspectionSubject> subjects, List<Inspector> inspectors,
            String seed, String actor);

    /** Re-runs a recorded draw from its stored inputs and seed; true when it gives the recorded result. */
    boolean replay(long drawId);

    /**
     * Records the results (one category per drawn subject, every drawn subject) once the inspection ended on
     * {@code inspectionEnd}; sets the publication deadline (20 working days).
     */
    InspectionDraw recordResults(long drawId, Map<String, InspectionResult> results, LocalDate inspectionEnd,
            String actor);

    /** Publishes the recorded results: one {@link OutboxAction#INSPECTION_RESULT} outbox entry. */
    InspectionDraw publishResults(long drawId, String actor);

    Optional<InspectionDraw> findDraw(long drawId);

    /** The candidate subjects and inspectors a recorded draw was drawn from, for anyone to re-run it. */
    Optional<DrawInputs> drawInputs(long drawId);

    /** The newest draws. */
    List<InspectionDraw> draws(int limit);
}
