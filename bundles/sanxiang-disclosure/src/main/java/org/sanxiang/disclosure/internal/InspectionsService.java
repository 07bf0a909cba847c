package org.sanxiang.disclosure.internal;

import org.sanxiang.api.ledger.LedgerSink;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.apache.ibatis.session.SqlSession;
import org.sanxiang.api.calendar.Deadline;
import org.sanxiang.api.disclosure.DisclosureRules;
import org.sanxiang.api.disclosure.DrawInputs;
import org.sanxiang.api.disclosure.DrawResult;
import org.sanxiang.api.disclosure.InspectionDraw;
import org.sanxiang.api.disclosure.InspectionItem;
import org.sanxiang.api.disclosure.InspectionResult;
import org.sanxiang.api.disclosure.InspectionSubject;
import org.sanxiang.api.disclosure.Inspections;
import org.sanxiang.api.disclosure.Inspector;
import org.sanxiang.api.disclosure.OutboxAction;
import org.sanxiang.api.disclosure.PublicationRefusedException;
import org.sanxiang.api.disclosure.PublicationNotFoundException;
import org.sanxiang.api.domain.EnforcementKind;
import org.sanxiang.api.ledger.LedgerKinds;
import org.sanxiang.api.ledger.Sha256;
import org.sanxiang.api.records.Officer;
import org.sanxiang.api.records.OfficerRegistry;
import org.sanxiang.disclosure.internal.Rows.DrawRow;
import org.sanxiang.disclosure.internal.Rows.OutboxRow;
import org.sanxiang.store.support.ModuleStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Recorded 双随机一公开 draws on {@code sx_dis_draw}: the item, the candidates and the seed are stored with
 * the result so that {@link #replay} (or anyone with the algorithm of {@link RandomDraw}) can re-run it.
 */
final class InspectionsService implements Inspections {

    private static final Logger LOG = LoggerFactory.getLogger(InspectionsService.class);
    private static final SecureRandom RANDOM = new SecureRandom();
    /** 双随机 results are published within 20 working days after the inspection ends. */
    static final int RESULT_WORKING_DAYS = 20;

    private final ModuleStore store;
    private final DisclosureRules rules;
    private final LedgerSink ledger;
    private final Clock clock;

    private final Supplier<Optional<OfficerRegistry>> officers;

    InspectionsService(ModuleStore store, DisclosureRules rules, LedgerSink ledger,
                       Supplier<Optional<OfficerRegistry>> officers, Clock clock) {
        this.store = store;
        this.rules = rules;
        this.ledger = ledger;
        this.officers = officers;
        this.clock = clock;
    }

    @Override
    public InspectionDraw draw(InspectionItem item, List<InspectionSubject> subjects, List<Inspector> inspectors,
                               String seed, String actor) {
        PublicationsService.requireActor(actor);
        String s = seed == null || seed.isBlank() ? freshSeed() : seed.strip();
        if (s.length() > 200) {
            throw new PublicationRefusedException("随机种子最多200个字符");
        }
        OfficerRegistry registry = officers.get().orElseThrow(() -> new PublicationRefusedException(
                "执法人员库(记录模块)不可用,无法核验检查人员的执法证(持证上岗),暂不能抽取"));
        LocalDate day = today();
        List<Inspector> checked = new ArrayList<>();
        Map<String, String> excluded = new LinkedHashMap<>();
        for (Inspector in : inspectors) {
            Optional<Officer> officer = registry.find(in.id());
            Optional<String> problem = officer.isEmpty() ? Optional.of("执法人员库中没有编号为" + in.id() + "的执法人员")
                    : officer.get().certificationProblem(EnforcementKind.INSPECTION, day);
            if (problem.isPresent()) {
                excluded.put(in.id(), problem.get());
            } else {
                checked.add(new Inspector(in.id(), officer.get().name(), in.certifiedCategories(),
                        in.conflictSubjectIds()));
            }
        }
        if (!excluded.isEmpty()) {
            LOG.info("双随机 draw for item {}: inspectors left out (持证上岗): {}", item.code(), excluded);
        }
        DrawResult result = rules.draw(item, subjects, checked, s);
        DrawRow row = new DrawRow();
        row.itemText = itemText(item);
        row.seed = s;
        row.inputsText = inputsText(subjects, checked, excluded);
        row.resultText = resultText(result);
        row.sha256 = ContentCodec.digest(row.itemText + row.seed + "\n" + row.inputsText + row.resultText).hex();
        row.drawnBy = actor;
        row.drawnAt = now();
        tx(m -> m.insertDraw(row));
        append(Canonical.DRAW + row.id, actor, Canonical.draw(row));
        LOG.info("双随机 draw {} for item {}: {} of {} subjects, seed {}", row.id, item.code(),
                result.assignments().size(), result.candidateCount(), s);
        return toDraw(row);
    }

    /** 32 bytes from {@link SecureRandom} as 64 hex characters. */
    private static String freshSeed() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    @Override
    public Optional<DrawInputs> drawInputs(long drawId) {
        return Optional.ofNullable(read(m -> m.findDraw(drawId))).map(row -> {
            Inputs in = inputs(row.inputsText);
            return new DrawInputs(row.id, in.subjects, in.inspectors, in.excluded);
        });
    }

    @Override
    public boolean replay(long drawId) {
        DrawRow row = require(read(m -> m.findDraw(drawId)), drawId);
        Inputs in = inputs(row.inputsText);
        DrawResult again = rules.draw(item(row.itemText), in.subjects, in.inspectors, row.seed);
        return resultText(again).equals(row.resultText);
    }

    @Override
    public InspectionDraw recordResults(long drawId, Map<String, InspectionResult> results, LocalDate inspectionEnd,
                                        String actor) {
        PublicationsService.requireActor(actor);
        DrawRow row = require(read(m -> m.findDraw(drawId)), drawId);
        if (row.resultsText != null) {
            throw new PublicationRefusedException("抽查" + drawId + "的检查结果已录入");
        }
        if (inspectionEnd.isBefore(row.drawnAt.toLocalDate()) || inspectionEnd.isAfter(today())) {
            throw new PublicationRefusedException("检查结束日期" + inspectionEnd + "应在抽取日期与今天之间");
        }
        DrawResult drawn = toDraw(row).result();
        Map<String, String> ordered = new LinkedHashMap<>();
        List<String> missing = new ArrayList<>();
        for (DrawResult.Assignment a : drawn.assignments()) {
            InspectionResult r = results.get(a.subject().id());
            if (r == null) {
                missing.add(a.subject().name());
            } else {
                ordered.put(a.subject().id(), r.name());
            }
        }
        Set<String> unknown = new LinkedHashSet<>(results.keySet());
        unknown.removeAll(ordered.keySet());
        if (!missing.isEmpty() || !unknown.isEmpty()) {
            throw new PublicationRefusedException("检查结果应覆盖且仅覆盖被抽中的检查对象"
                    + (missing.isEmpty() ? "" : ";缺少: " + String.join("、", missing))
                    + (unknown.isEmpty() ? "" : ";未被抽中: " + String.join("、", unknown)));
        }
        Deadline due = rules.deadline(EnforcementKind.INSPECTION, inspectionEnd);
        row.resultsText = ContentCodec.orderedText(ordered);
        row.inspectionEnd = inspectionEnd;
        row.resultsDue = due.due();
        row.resultsBy = actor;
        row.resultsAt = now();
        if (tx(m -> m.recordDrawResults(row)) != 1) {
            throw new PublicationRefusedException("抽查" + drawId + "的检查结果已由他人录入");
        }
        append(Canonical.DRAW_RESULTS + row.id, actor, Canonical.drawResults(row));
        return toDraw(row);
    }

    @Override
    public InspectionDraw publishResults(long drawId, String actor) {
        PublicationsService.requireActor(actor);
        LocalDateTime now = now();
        DrawRow row = tx(m -> {
            DrawRow r = require(m.findDraw(drawId), drawId);
            if (r.resultsText == null) {
                throw new PublicationRefusedException("抽查" + drawId + "尚未录入检查结果");
            }
            if (m.markDrawPublished(drawId, now) != 1) {
                throw new PublicationRefusedException("抽查" + drawId + "的检查结果已公示");
            }
            r.resultsPublishedAt = now;
            InspectionDraw d = toDraw(r);
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("抽查事项", d.item().name() + "(" + d.item().code() + ")");
            fields.put("检查完成日期", d.inspectionEnd().toString());
            fields.put("随机种子", d.result().seed());
            int i = 1;
            for (DrawResult.Assignment a : d.result().assignments()) {
                String prefix = "检查对象" + i++;
                fields.put(prefix + "名称", a.subject().name());
                fields.put(prefix + "统一社会信用代码", a.subject().uscc());
                fields.put(prefix + "检查结果", d.results().get(a.subject().id()).chinese());
                fields.put(prefix + "检查人员", a.inspectors().stream().map(Inspector::name)
                        .collect(Collectors.joining("、")));
            }
            OutboxRow o = new OutboxRow();
            o.publicationId = drawId;
            o.version = 1;
            o.action = OutboxAction.INSPECTION_RESULT.name();
            o.businessKey = "DRAW-" + drawId + "-v1-" + OutboxAction.INSPECTION_RESULT.name();
            o.payload = PayloadXml.render(drawId, 1, OutboxAction.INSPECTION_RESULT, o.businessKey,
                    EnforcementKind.INSPECTION.name(), null, "INSPECTION_RESULT", fields, null);
            o.createdAt = now;
            m.insertOutbox(o);
            return r;
        });
        if (today().isAfter(row.resultsDue)) {
            LOG.warn("双随机 results of draw {} published after their deadline {}", drawId, row.resultsDue);
        }
        return toDraw(row);
    }

    @Override
    public Optional<InspectionDraw> findDraw(long drawId) {
        return Optional.ofNullable(read(m -> m.findDraw(drawId))).map(this::toDraw);
    }

    @Override
    public List<InspectionDraw> draws(int limit) {
        return read(m -> m.listDraws(Math.max(1, Math.min(limit, 1000)))).stream().map(this::toDraw).toList();
    }

    Optional<Sha256> digest(String subject) {
        if (subject.startsWith(Canonical.DRAW_RESULTS)) {
            long id = Long.parseLong(subject.substring(Canonical.DRAW_RESULTS.length()));
            return Optional.ofNullable(read(m -> m.findDraw(id))).filter(r -> r.resultsText != null)
                    .map(Canonical::drawResults);
        }
        long id = Long.parseLong(subject.substring(Canonical.DRAW.length()));
        return Optional.ofNullable(read(m -> m.findDraw(id))).map(Canonical::draw);
    }

    // ---------------------------------------------------------------- stored forms

    private static String itemText(InspectionItem item) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("code", item.code());
        m.put("name", item.name());
        m.put("category", item.category());
        m.put("ratio", item.ratio().toPlainString());
        return ContentCodec.orderedText(m);
    }

    private static InspectionItem item(String text) {
        Map<String, String> m = ContentCodec.parse(text);
        return new InspectionItem(m.get("code"), m.get("name"), m.get("category"), new BigDecimal(m.get("ratio")));
    }

    private record Inputs(List<InspectionSubject> subjects, List<Inspector> inspectors, Map<String, String> excluded) {
    }

    /** The draw's inputs: the subjects, the inspectors drawn from and those left out with the reason. */
    private static String inputsText(List<InspectionSubject> subjects, List<Inspector> inspectors,
                                     Map<String, String> excluded) {
        Map<String, String> m = new LinkedHashMap<>();
        int i = 0;
        for (InspectionSubject s : subjects) {
            String p = String.format("subject.%06d.", i++);
            m.put(p + "id", s.id());
            m.put(p + "name", s.name());
            m.put(p + "uscc", s.uscc() == null ? "" : s.uscc());
        }
        i = 0;
        for (Inspector in : inspectors) {
            String p = String.format("inspector.%06d.", i++);
            m.put(p + "id", in.id());
            m.put(p + "name", in.name());
            m.put(p + "categories", String.join(",", in.certifiedCategories().stream().sorted().toList()));
            m.put(p + "conflicts", String.join(",", in.conflictSubjectIds().stream().sorted().toList()));
        }
        i = 0;
        for (Map.Entry<String, String> e : excluded.entrySet()) {
            String p = String.format("excluded.%06d.", i++);
            m.put(p + "id", e.getKey());
            m.put(p + "reason", e.getValue());
        }
        return ContentCodec.orderedText(m);
    }

    private static Inputs inputs(String text) {
        Map<String, String> m = ContentCodec.parse(text);
        List<InspectionSubject> subjects = new ArrayList<>();
        List<Inspector> inspectors = new ArrayList<>();
        for (int i = 0; m.containsKey(String.format("subject.%06d.id", i)); i++) {
            String p = String.format("subject.%06d.", i);
            String uscc = m.get(p + "uscc");
            subjects.add(new InspectionSubject(m.get(p + "id"), m.get(p + "name"), uscc.isEmpty() ? null : uscc));
        }
        for (int i = 0; m.containsKey(String.format("inspector.%06d.id", i)); i++) {
            String p = String.format("inspector.%06d.", i);
            inspectors.add(new Inspector(m.get(p + "id"), m.get(p + "name"), set(m.get(p + "categories")),
                    set(m.get(p + "conflicts"))));
        }
        Map<String, String> excluded = new LinkedHashMap<>();
        for (int i = 0; m.containsKey(String.format("excluded.%06d.id", i)); i++) {
            String p = String.format("excluded.%06d.", i);
            excluded.put(m.get(p + "id"), m.get(p + "reason"));
        }
        return new Inputs(subjects, inspectors, excluded);
    }

    private static Set<String> set(String csv) {
        return csv == null || csv.isEmpty() ? Set.of() : new LinkedHashSet<>(Arrays.asList(csv.split(",")));
    }

    private static String resultText(DrawResult r) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("candidates", String.valueOf(r.candidateCount()));
        int i = 0;
        for (DrawResult.Assignment a : r.assignments()) {
            String p = String.format("assignment.%06d.", i++);
            m.put(p + "subject", a.subject().id());
            m.put(p + "inspectors", a.inspectors().stream().map(Inspector::id).collect(Collectors.joining(",")));
        }
        return ContentCodec.orderedText(m);
    }

    private InspectionDraw toDraw(DrawRow row) {
        InspectionItem item = item(row.itemText);
        Inputs in = inputs(row.inputsText);
        Map<String, InspectionSubject> subjects = in.subjects.stream()
                .collect(Collectors.toMap(InspectionSubject::id, s -> s, (a, b) -> a));
        Map<String, Inspector> inspectors = in.inspectors.stream()
                .collect(Collectors.toMap(Inspector::id, s -> s, (a, b) -> a));
        Map<String, String> r = ContentCodec.parse(row.resultText);
        List<DrawResult.Assignment> assignments = new ArrayList<>();
        for (int i = 0; r.containsKey(String.format("assignment.%06d.subject", i)); i++) {
            String p = String.format("assignment.%06d.", i);
            List<Inspector> assigned = Arrays.stream(r.get(p + "inspectors").split(",")).filter(s -> !s.isEmpty())
                    .map(inspectors::get).toList();
            assignments.add(new DrawResult.Assignment(subjects.get(r.get(p + "subject")), assigned));
        }
        DrawResult result = new DrawResult(item.code(), row.seed, Integer.parseInt(r.get("candidates")), assignments);
        Map<String, InspectionResult> results = new LinkedHashMap<>();
        if (row.resultsText != null) {
            ContentCodec.parse(row.resultsText).forEach((k, v) -> results.put(k, InspectionResult.valueOf(v)));
        }
        return new InspectionDraw(row.id, item, result, row.sha256, row.drawnBy, row.drawnAt.toInstant(ZoneOffset.UTC),
                row.inspectionEnd, row.resultsDue == null ? null : new Deadline(row.resultsDue, List.of()), results,
                row.resultsPublishedAt == null ? null : row.resultsPublishedAt.toInstant(ZoneOffset.UTC),
                in.excluded);
    }

    private static DrawRow require(DrawRow row, long id) {
        if (row == null) {
            throw new PublicationNotFoundException("没有编号为" + id + "的抽查");
        }
        return row;
    }

    private void append(String subject, String actor, Sha256 digest) {
        try {
            ledger.append(LedgerKinds.INSPECTION_DRAW, subject, actor, digest);
        } catch (RuntimeException e) {
            LOG.error("Draw event {} committed but not ledgered: {}", subject, e.getMessage(), e);
        }
    }

    private LocalDateTime now() {
        return LocalDateTime.ofInstant(clock.instant().truncatedTo(ChronoUnit.MILLIS), ZoneOffset.UTC);
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), PublicationsService.CHINA);
    }

    private <T> T tx(Function<DisclosureMapper, T> work) {
        return store.inTransaction((SqlSession s) -> work.apply(s.getMapper(DisclosureMapper.class)));
    }

    private <T> T read(Function<DisclosureMapper, T> work) {
        return store.read((SqlSession s) -> work.apply(s.getMapper(DisclosureMapper.class)));
    }
}
