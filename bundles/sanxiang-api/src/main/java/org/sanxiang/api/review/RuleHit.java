package org.sanxiang.api.review;

import java.util.Objects;

/** A catalogue rule that fired on a proposed decision, with the reason in Chinese (命中规则及理由). */
public record RuleHit(CatalogueRule rule, String reason) {

    public RuleHit {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(reason, "reason");
    }

    @Override
    public String toString() {
        return rule.chinese() + ": " + reason;
    }
}
