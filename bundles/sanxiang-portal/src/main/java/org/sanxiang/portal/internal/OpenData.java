package org.sanxiang.portal.internal;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sanxiang.api.disclosure.FieldNames;
import org.sanxiang.api.disclosure.InspectionDraw;
import org.sanxiang.api.disclosure.Inspections;
import org.sanxiang.api.disclosure.PublicDecision;
import org.sanxiang.api.disclosure.Publications;
import org.sanxiang.api.disclosure.RegisterEntry;
import org.sanxiang.api.disclosure.Registers;

/**
 * The portal's lists as open data (开放数据) at stable URLs, {@code data/<name>.csv} and {@code data/<name>.json}:
 * the six pre-disclosure registers, the decisions in public view, the draws with their results. The same fields as
 * the pages, no more: the personnel list without ID numbers, decisions with their public (masked) fields.
 */
final class OpenData {

    /** A dataset: its file name (without extension) and its Chinese title. */
    record Dataset(String name, String title) {
    }

    /** The columns of decisions.csv: the common ones, then every public field of a penalty and of a permit. */
    static final List<String> DECISION_FIELDS = List.of(FieldNames.PARTY_NAME, FieldNames.PARTY_TYPE,
            FieldNames.USCC, FieldNames.BUSINESS_REGISTRATION_NUMBER, FieldNames.ORGANISATION_CODE,
            FieldNames.TAX_REGISTRATION_NUMBER, FieldNames.INSTITUTION_CERTIFICATE_NUMBER,
            FieldNames.SOCIAL_ORGANISATION_NUMBER, FieldNames.LEGAL_REPRESENTATIVE,
            FieldNames.PENALTY_DECISION_NUMBER, FieldNames.VIOLATION_TYPE, FieldNames.VIOLATION_FACTS,
            FieldNames.PENALTY_BASIS, FieldNames.PENALTY_CATEGORY, FieldNames.PENALTY_CONTENT, FieldNames.FINE_AMOUNT,
            FieldNames.CONFISCATED_AMOUNT, FieldNames.SUSPENDED_OR_REVOKED_LICENCE, FieldNames.PENALTY_DECISION_DATE,
            FieldNames.PENALTY_VALID_UNTIL, FieldNames.PENALTY_AUTHORITY, FieldNames.PENALTY_AUTHORITY_USCC,
            FieldNames.PERMIT_DOCUMENT_NAME, FieldNames.PERMIT_DOCUMENT_NUMBER, FieldNames.PERMIT_CATEGORY,
            FieldNames.PERMIT_CERTIFICATE_NAME, FieldNames.PERMIT_NUMBER, FieldNames.PERMIT_CONTENT,
            FieldNames.PERMIT_DECISION_DATE, FieldNames.VALID_FROM, FieldNames.VALID_TO, FieldNames.PERMIT_AUTHORITY,
            FieldNames.PERMIT_AUTHORITY_USCC, FieldNames.PERMIT_STATUS, FieldNames.DISPLAY_UNTIL,
            FieldNames.DATA_SOURCE, FieldNames.DATA_SOURCE_USCC, FieldNames.REMARKS);

    static final List<String> DRAW_COLUMNS = List.of("抽查编号", "事项编码", "事项名称", "执法类别", "抽查比例",
            "随机种子", "抽取时间", "候选对象数", "检查对象编号", "检查对象名称", "统一社会信用代码", "执法检查人员",
            "检查结果", "检查结束日期", "结果公示时间", "链接");

    private static final int PAGE = 500;
    private static final int DRAWS = 1000;

    private final Registers registers;
    private final Publications publications;
    private final Inspections inspections;
    private final String base;

    OpenData(Registers registers, Publications publications, Inspections inspections, String base) {
        this.registers = registers;
        this.publications = publications;
        this.inspections = inspections;
        this.base = base;
    }

    static List<Dataset> datasets() {
        List<Dataset> out = new ArrayList<>();
        for (Lists l : Lists.values()) {
            out.add(new Dataset(l.slug, l.title()));
        }
        out.add(new Dataset("decisions", "行政许可和行政处罚决定（公示期内）"));
        out.add(new Dataset("draws", "双随机抽查记录及结果"));
        return out;
    }

    static boolean exists(String name) {
        return datasets().stream().anyMatch(d -> d.name().equals(name));
    }

    /** Writes dataset {@code name} in {@code format} ("csv" or "json") to {@code spool}. */
    void write(String name, String format, LocalDate today, Spool spool) throws IOException {
        Writer w = new OutputStreamWriter(spool, StandardCharsets.UTF_8);
        boolean csv = "csv".equals(format);
        if ("decisions".equals(name)) {
            if (csv) {
                decisionsCsv(new Csv(w));
            } else {
                decisionsJson(header(new Json(w), name, today));
            }
        } else if ("draws".equals(name)) {
            if (csv) {
                drawsCsv(new Csv(w));
            } else {
                drawsJson(header(new Json(w), name, today));
            }
        } else {
            Lists list = Lists.bySlug(name).orElseThrow(() -> PortalException.notFound("没有这项开放数据"));
            List<RegisterEntry> entries = registers.asOf(list.type, today);
            if (csv) {
                registerCsv(list, entries, new Csv(w));
            } else {
                registerJson(list, entries, header(new Json(w), name, today));
            }
        }
        w.flush();
    }

    private Json header(Json j, String name, LocalDate today) throws IOException {
        String title = datasets().stream().filter(d -> d.name().equals(name)).findFirst().orElseThrow().title();
        return j.begin('{').field("dataset", name).field("title", title).field("asOf", today.toString())
                .field("generatedAt", Instant.now().toString());
    }

    private static List<String> registerColumns(Lists list, List<RegisterEntry> entries) {
        Set<String> columns = new LinkedHashSet<>(list.columns());
        for (RegisterEntry e : entries) {
            e.fields().keySet().stream().filter(list::shows).forEach(columns::add);
        }
        return new ArrayList<>(columns);
    }

    private static void registerCsv(Lists list, List<RegisterEntry> entries, Csv csv) throws IOException {
        List<String> columns = registerColumns(list, entries);
        List<String> head = new ArrayList<>(List.of("编号", "生效日期"));
        head.addAll(columns);
        csv.row(head);
        for (RegisterEntry e : entries) {
            List<String> row = new ArrayList<>(List.of(e.key(), e.effectiveFrom().toString()));
            for (String c : columns) {
                row.add(e.fields().getOrDefault(c, ""));
            }
            csv.row(row);
        }
    }

    private static void registerJson(Lists list, List<RegisterEntry> entries, Json j) throws IOException {
        j.name("count").value((long) entries.size()).name("items").begin('[');
        for (RegisterEntry e : entries) {
            Map<String, String> shown = new LinkedHashMap<>();
            e.fields().forEach((k, v) -> {
                if (list.shows(k)) {
                    shown.put(k, v);
                }
            });
            j.begin('{').field("key", e.key()).field("effectiveFrom", e.effectiveFrom().toString()).name("fields")
                    .object(shown).end('}');
        }
        j.end(']').end('}');
    }

    /** Every decision in public view, page after page. */
    private interface PageVisitor {
        void visit(PublicDecision d) throws IOException;
    }

    private long decisions(PageVisitor visitor) throws IOException {
        long n = 0;
        PublicDecision last = null;
        while (true) {
            List<PublicDecision> batch = publications.publicAfter(last, PAGE);
            for (PublicDecision d : batch) {
                visitor.visit(d);
                n++;
            }
            if (batch.size() < PAGE) {
                return n;
            }
            last = batch.get(batch.size() - 1);
        }
    }

    private void decisionsCsv(Csv csv) throws IOException {
        List<String> head = new ArrayList<>(List.of("公示编号", "决定类别", "状态", "撤销理由", "公示时间", "链接"));
        head.addAll(DECISION_FIELDS);
        csv.row(head);
        decisions(d -> {
            List<String> row = new ArrayList<>(List.of(String.valueOf(d.publicationId()), d.kind().chinese(),
                    d.revoked() ? "已撤销" : "公示中", Views.nz(d.revocationReason()), d.publishedAt().toString(),
                    Views.path(base, "decisions", String.valueOf(d.publicationId()))));
            for (String f : DECISION_FIELDS) {
                row.add(d.fields().getOrDefault(f, ""));
            }
            csv.row(row);
        });
    }

    private void decisionsJson(Json j) throws IOException {
        j.name("items").begin('[');
        long n = decisions(d -> j.begin('{').name("id").value(d.publicationId()).field("kind", d.kind().name())
                .field("kindName", d.kind().chinese()).field("decisionNumber", d.decisionNumber())
                .field("decisionDate", d.decisionDate().toString())
                .field("displayUntil", d.displayUntil() == null ? null : d.displayUntil().toString())
                .name("revoked").value(d.revoked()).field("revocationReason", d.revocationReason())
                .field("publishedAt", d.publishedAt().toString())
                .field("link", Views.path(base, "decisions", String.valueOf(d.publicationId())))
                .name("fields").object(d.fields()).end('}'));
        j.end(']').name("count").value(n).end('}');
    }

    private void drawsCsv(Csv csv) throws IOException {
        csv.row(DRAW_COLUMNS);
        for (InspectionDraw d : inspections.draws(DRAWS)) {
            Views.Draw v = Views.draw(d, base);
            for (Views.Assignment a : v.assignments()) {
                csv.row(List.of(String.valueOf(v.id()), v.itemCode(), v.itemName(), v.category(), v.ratio(), v.seed(),
                        v.drawnAt(), String.valueOf(v.candidates()), a.subjectId(), a.subject(), a.uscc(),
                        a.inspectors(), a.result(), v.inspectionEnd(), v.resultsPublished(), v.link()));
            }
        }
    }

    private void drawsJson(Json j) throws IOException {
        j.name("items").begin('[');
        for (InspectionDraw d : inspections.draws(DRAWS)) {
            Views.Draw v = Views.draw(d, base);
            j.begin('{').name("id").value(v.id()).field("itemCode", v.itemCode()).field("itemName", v.itemName())
                    .field("category", v.category()).field("ratio", d.item().ratio().toPlainString())
                    .field("seed", v.seed()).field("drawnAt", d.drawnAt().toString())
                    .name("candidates").value(v.candidates()).field("sha256", v.sha256())
                    .field("inspectionEnd", v.inspectionEnd().isEmpty() ? null : v.inspectionEnd())
                    .field("resultsPublishedAt", d.resultsPublishedAt() == null ? null
                            : d.resultsPublishedAt().toString())
                    .field("link", v.link()).name("assignments").begin('[');
            for (Views.Assignment a : v.assignments()) {
                j.begin('{').field("subjectId", a.subjectId()).field("subject", a.subject()).field("uscc", a.uscc())
                        .field("inspectors", a.inspectors()).field("result", a.result().isEmpty() ? null : a.result())
                        .end('}');
            }
            j.end(']').end('}');
        }
        j.end(']').end('}');
    }
}
