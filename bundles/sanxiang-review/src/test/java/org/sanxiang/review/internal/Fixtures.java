package org.sanxiang.review.internal;

import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sanxiang.api.domain.PartyType;
import org.sanxiang.api.review.CheckItem;
import org.sanxiang.api.review.HearingStatus;
import org.sanxiang.api.review.ItemFinding;
import org.sanxiang.api.review.Measure;
import org.sanxiang.api.review.MeasureType;
import org.sanxiang.api.review.ProposedDecision;

/** Test data: the shipped configuration (optionally overridden), proposals, findings and a settable clock. */
final class Fixtures {

    private Fixtures() {
    }

    /** The {@link ReviewConfig} with its defaults, values in {@code overrides} replacing them by method name. */
    static ReviewConfig config(Map<String, Object> overrides) {
        return (ReviewConfig) Proxy.newProxyInstance(ReviewConfig.class.getClassLoader(),
                new Class<?>[] {ReviewConfig.class}, (proxy, method, args) -> {
                    if (overrides.containsKey(method.getName())) {
                        return overrides.get(method.getName());
                    }
                    if (method.getDefaultValue() != null) {
                        return method.getDefaultValue();
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    static ReviewSettings settings() {
        return ReviewSettings.of(config(Map.of()));
    }

    static ProposedDecision decision(String caseNumber, String party, Measure... measures) {
        return new ProposedDecision(caseNumber, party, List.of(measures), HearingStatus.NONE, false, null, false, null,
                "未经批准占用集体土地建房", "《中华人民共和国土地管理法》第七十七条");
    }

    static ProposedDecision fine(String caseNumber, String party, String yuan) {
        return decision(caseNumber, party, new Measure(MeasureType.FINE, new BigDecimal(yuan), ""));
    }

    /** Every check item passed. */
    static List<ItemFinding> allPass() {
        List<ItemFinding> out = new ArrayList<>();
        for (CheckItem i : CheckItem.values()) {
            out.add(ItemFinding.pass(i, ""));
        }
        return out;
    }

    /** Every check item passed except {@code problem}, which has a comment. */
    static List<ItemFinding> problem(CheckItem problem, String comment) {
        List<ItemFinding> out = new ArrayList<>();
        for (CheckItem i : CheckItem.values()) {
            out.add(i == problem ? ItemFinding.problem(i, comment) : ItemFinding.pass(i, ""));
        }
        return out;
    }

    static PartyType natural() {
        return PartyType.NATURAL_PERSON;
    }

    /** A clock whose day in China can be set; the time of day is 10:00 in China. */
    static final class DayClock extends Clock {

        private Instant now;

        DayClock(LocalDate day) {
            set(day);
        }

        void set(LocalDate day) {
            now = day.atTime(10, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant();
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
