package org.sanxiang.api.review;

import java.util.List;
import java.util.Optional;

/** The legal review's own registry of reviewers and consulted advisers (法制审核人员名单, R-L2). */
public interface ReviewerRegistry {

    /** Adds or replaces (by officer id) a reviewer or adviser; ledgered. */
    Reviewer save(Reviewer reviewer, String actor);

    Optional<Reviewer> findReviewer(String officerId);

    /** Everyone registered, by officer id. */
    List<Reviewer> reviewers();

    /**
     * Why {@code officerId} may not sign a review opinion (not registered, not a 法制审核人员, not of the legal
     * office, or without 法律职业资格), or empty when they may.
     */
    Optional<String> signingProblem(String officerId);
}
