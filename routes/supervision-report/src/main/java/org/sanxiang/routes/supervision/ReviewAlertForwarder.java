package org.sanxiang.routes.supervision;

import java.time.LocalDate;
import java.util.List;
import org.sanxiang.api.review.LegalReview;
import org.sanxiang.api.review.ReviewAlert;
import org.osgi.framework.BundleContext;
import org.sanxiang.routes.common.OptionalService;
import org.sanxiang.routes.common.ServiceAtUse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The legal review's deadline alerts (审核期限预警: 审核已超期, 临近审核期限) forwarded to the supervision office
 * as deadline alerts of subject {@code REVIEW}: each alert once per request, kind and day (the outbox keeps the
 * first of a business key + version). The legal review is optional: without it nothing is forwarded.
 */
public final class ReviewAlertForwarder {

    private static final Logger LOG = LoggerFactory.getLogger(ReviewAlertForwarder.class);

    private final OptionalService<LegalReview> review;
    private final SupervisionOutbox outbox;

    /** The legal review looked up in the registry at each use (it is optional). */
    public ReviewAlertForwarder(BundleContext context, SupervisionOutbox outbox) {
        this(new ServiceAtUse<>(context, LegalReview.class), outbox);
    }

    /** @param review the legal review, when it runs */
    ReviewAlertForwarder(OptionalService<LegalReview> review, SupervisionOutbox outbox) {
        this.review = review;
        this.outbox = outbox;
    }

    /** Puts the alerts of {@code day} into the outbox; returns how many alerts the legal review reported. */
    public int forward(LocalDate day) {
        List<ReviewAlert> alerts = review.apply(r -> r.alerts(day)).orElse(null);
        if (alerts == null) {
            LOG.debug("Legal review (sanxiang-review) not running: no review alerts for the supervision office");
            return 0;
        }
        for (ReviewAlert a : alerts) {
            outbox.reviewAlert(a, day);
        }
        if (!alerts.isEmpty()) {
            LOG.info("{} legal review alert(s) of {} in the supervision outbox", alerts.size(), day);
        }
        return alerts.size();
    }
}
