package org.sanxiang.api.statistics;

import java.util.List;
import org.sanxiang.api.domain.Labelled;

/**
 * Where the figures of a report section come from (数据来源). A source is connected when every one of its
 * views exists in the hub's database, that is when its module is installed; otherwise the section is
 * reported as 未接入. The views are read-only and owned by the source module, which creates them in its schema
 * migrations and keeps their columns when its tables change: the statistics never read another module's table.
 */
public enum Source implements Labelled {
    /** 执法案件 (全过程记录模块): cases, stages, decisions */
    CASES("执法案件", List.of("sx_rec_stat_case", "sx_rec_stat_decision")),
    /** 行政处罚决定及罚没金额 (公示模块) */
    PENALTIES("行政处罚及罚没金额", List.of("sx_dis_stat_publication")),
    /** 执法决定公开时效 (公示模块) */
    DISCLOSURE("执法决定公开", List.of("sx_dis_stat_publication")),
    /** 音像记录 (全过程记录模块) */
    RECORDINGS("音像记录", List.of("sx_rec_stat_media")),
    /** 重大执法决定法制审核 (法制审核模块) */
    REVIEWS("法制审核", List.of("sx_rev_stat_request", "sx_rev_stat_opinion"));

    /** How a section whose source is missing is shown. */
    public static final String NOT_CONNECTED = "未接入";

    private final String chinese;
    private final List<String> views;

    Source(String chinese, List<String> views) {
        this.chinese = chinese;
        this.views = views;
    }

    @Override
    public String chinese() {
        return chinese;
    }

    /** The views (owned by the source module) that must exist for the source to be connected. */
    public List<String> views() {
        return views;
    }
}
