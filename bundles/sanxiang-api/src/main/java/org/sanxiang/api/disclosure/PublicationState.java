package org.sanxiang.api.disclosure;

import org.sanxiang.api.domain.Labelled;

/**
 * Where a publication (公示信息) stands. A decision opens it {@link #AWAITING_CONTENT}; the maker drafts
 * its 双公示 content ({@link #DRAFT}), a second person approves it ({@link #APPROVED}, 审核) and it is
 * published ({@link #PUBLISHED}). An update drafts a new version while the published one stays in public
 * view; a revocation (撤销) ends it ({@link #REVOKED}); at its 公示截止期 it leaves public view
 * ({@link #EXPIRED}) but stays archived. A decision of a severity that is not published (轻微, zero
 * display period) is {@link #NOT_PUBLISHED}.
 */
public enum PublicationState implements Labelled {
    AWAITING_CONTENT("待录入"),
    DRAFT("草稿"),
    APPROVED("已审核"),
    PUBLISHED("已公示"),
    REVOKED("已撤销"),
    EXPIRED("公示期满"),
    NOT_PUBLISHED("依规不公示");

    private final String chinese;

    PublicationState(String chinese) {
        this.chinese = chinese;
    }

    @Override
    public String chinese() {
        return chinese;
    }

    /** Whether the publication can no longer change. */
    public boolean terminal() {
        return this == REVOKED || this == EXPIRED || this == NOT_PUBLISHED;
    }

    /** Looks a state up by its Chinese name or its identifier. */
    public static PublicationState of(String nameOrChinese) {
        return Labelled.of(PublicationState.class, nameOrChinese, "公示状态");
    }
}
