package org.sanxiang.portal.internal;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.sanxiang.api.disclosure.DrawInputs;
import org.sanxiang.api.disclosure.DrawResult;
import org.sanxiang.api.disclosure.InspectionDraw;
import org.sanxiang.api.disclosure.InspectionResult;
import org.sanxiang.api.disclosure.InspectionSubject;
import org.sanxiang.api.disclosure.Inspector;
import org.sanxiang.api.disclosure.PublicDecision;
import org.sanxiang.api.disclosure.RegisterEntry;

/**
 * What the templates show, made from the domain's objects: plain text values only (the templates escape them),
 * dates in China's time, links relative to the portal's path.
 */
public final class Views {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private Views() {
    }

    public record Field(String name, String value) {
    }

    /** A register entry: its key, its first field as title, the fields the public may see. */
    public record Entry(String key, String title, String effectiveFrom, List<Field> fields, String link) {

        public String field(String name) {
            return fields.stream().filter(f -> f.name().equals(name)).map(Field::value).findFirst().orElse("");
        }
    }

    public record Decision(long id, String kind, String party, String uscc, String number, String date, String until,
                    boolean revoked, String reason, List<Field> fields, String link, String published) {
    }

    public record Assignment(String subjectId, String subject, String uscc, String inspectors, String result) {
    }

    public record Person(String id, String name, String categories, String conflicts) {
    }

    public record Subject(String id, String name, String uscc, String command) {
    }

    public record Draw(long id, String itemCode, String itemName, String category, String ratio, String seed,
                String drawnAt, int candidates, List<Assignment> assignments, boolean resultsRecorded,
                String inspectionEnd, String resultsDue, String resultsPublished, List<Field> excluded, String link,
                String sha256) {
    }

    static String path(String base, String... segments) {
        StringBuilder b = new StringBuilder(base);
        for (String s : segments) {
            b.append('/').append(URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20"));
        }
        return b.toString();
    }

    static Entry entry(Lists list, RegisterEntry e, String base) {
        List<Field> fields = new ArrayList<>();
        e.fields().forEach((k, v) -> {
            if (list.shows(k) && v != null && !v.isBlank()) {
                fields.add(new Field(k, v));
            }
        });
        String title = fields.isEmpty() ? e.key() : fields.get(0).value();
        return new Entry(e.key(), title, e.effectiveFrom().toString(), fields,
                list == Lists.GUIDES ? path(base, "guides", e.key()) : null);
    }

    static Decision decision(PublicDecision d, String base) {
        List<Field> fields = new ArrayList<>();
        d.fields().forEach((k, v) -> {
            if (v != null && !v.isBlank() && !k.contains("身份证")) {
                fields.add(new Field(k, v));
            }
        });
        return new Decision(d.publicationId(), d.kind().chinese(), d.partyName(), nz(d.uscc()),
                nz(d.decisionNumber()), d.decisionDate().toString(),
                d.displayUntil() == null ? "" : d.displayUntil().toString(), d.revoked(), nz(d.revocationReason()),
                fields, path(base, "decisions", String.valueOf(d.publicationId())), minute(d.publishedAt()));
    }

    static Draw draw(InspectionDraw d, String base) {
        Map<String, InspectionResult> results = d.results();
        List<Assignment> assignments = new ArrayList<>();
        for (DrawResult.Assignment a : d.result().assignments()) {
            InspectionSubject s = a.subject();
            InspectionResult r = s == null ? null : results.get(s.id());
            assignments.add(new Assignment(s == null ? "" : s.id(), s == null ? "" : s.name(),
                    s == null ? "" : nz(s.uscc()),
                    a.inspectors().stream().filter(java.util.Objects::nonNull)
                            .map(i -> i.name() + "（" + i.id() + "）").collect(Collectors.joining("、")),
                    r == null ? "" : r.chinese()));
        }
        List<Field> excluded = new ArrayList<>();
        d.excluded().forEach((k, v) -> excluded.add(new Field(k, v)));
        return new Draw(d.id(), d.item().code(), d.item().name(), d.item().category(), percent(d.item().ratio()),
                d.result().seed(), minute(d.drawnAt()), d.result().candidateCount(), assignments,
                !results.isEmpty(), d.inspectionEnd() == null ? "" : d.inspectionEnd().toString(),
                d.resultsDue() == null ? "" : d.resultsDue().due().toString(), minute(d.resultsPublishedAt()),
                excluded, path(base, "draws", String.valueOf(d.id())), d.sha256());
    }

    static List<Subject> subjects(DrawInputs in) {
        List<Subject> out = new ArrayList<>();
        for (InspectionSubject s : in.subjects()) {
            out.add(new Subject(s.id(), s.name(), nz(s.uscc()),
                    "printf 'subject\\n%s\\n%s' \"$SEED\" '" + s.id().replace("'", "'\\''") + "' | sha256sum"));
        }
        return out;
    }

    static List<Person> inspectors(DrawInputs in) {
        List<Person> out = new ArrayList<>();
        for (Inspector i : in.inspectors()) {
            out.add(new Person(i.id(), i.name(), String.join("、", i.certifiedCategories().stream().sorted().toList()),
                    String.join("、", i.conflictSubjectIds().stream().sorted().toList())));
        }
        return out;
    }

    static String percent(BigDecimal ratio) {
        return ratio.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
    }

    static String minute(Instant t) {
        return t == null ? "" : LocalDateTime.ofInstant(t, CHINA).format(MINUTE);
    }

    static String nz(String s) {
        return s == null ? "" : s;
    }
}
