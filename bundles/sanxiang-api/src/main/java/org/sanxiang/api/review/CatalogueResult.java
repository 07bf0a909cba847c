package org.sanxiang.api.review;

import java.util.List;
import java.util.stream.Collectors;

/** The catalogue's verdict on a proposed decision: every rule that fired; major (重大) when any did. */
public record CatalogueResult(List<RuleHit> hits) {

    public CatalogueResult {
        hits = List.copyOf(hits);
    }

    /** Whether the decision is major (重大执法决定) and needs a passed legal review. */
    public boolean major() {
        return !hits.isEmpty();
    }

    /** The hits as one Chinese text, one per line; "未触发目录清单" when none fired. */
    public String describe() {
        return hits.isEmpty() ? "未触发目录清单"
                : hits.stream().map(RuleHit::toString).collect(Collectors.joining("\n"));
    }
}
