package org.sanxiang.disclosure.internal;

import org.sanxiang.api.ledger.LedgerSink;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.apache.ibatis.session.SqlSession;
import org.sanxiang.api.disclosure.PublicationRefusedException;
import org.sanxiang.api.disclosure.PublicationNotFoundException;
import org.sanxiang.api.disclosure.RegisterChangeListener;
import org.sanxiang.api.disclosure.RegisterEntry;
import org.sanxiang.api.disclosure.RegisterImportRow;
import org.sanxiang.api.disclosure.RegisterType;
import org.sanxiang.api.disclosure.Registers;
import org.sanxiang.api.disclosure.Violation;
import org.sanxiang.api.domain.EnforcementKind;
import org.sanxiang.api.ledger.LedgerKinds;
import org.sanxiang.api.ledger.Sha256;
import org.sanxiang.api.records.Officer;
import org.sanxiang.api.records.OfficerRegistry;
import org.sanxiang.disclosure.internal.Rows.RegisterRow;
import org.sanxiang.store.support.ModuleStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The pre-disclosure registers (R-D3) on {@code sx_dis_register}: one immutable row per version, ledgered. */
final class RegistersService implements Registers {

    private static final Logger LOG = LoggerFactory.getLogger(RegistersService.class);

    private final ModuleStore store;
    private final LedgerSink ledger;
    private final Supplier<Optional<OfficerRegistry>> officers;
    private final Supplier<List<RegisterChangeListener>> listeners;
    private final Clock clock;

    RegistersService(ModuleStore store, LedgerSink ledger, Supplier<Optional<OfficerRegistry>> officers,
                     Supplier<List<RegisterChangeListener>> listeners, Clock clock) {
        this.store = store;
        this.ledger = ledger;
        this.officers = officers;
        this.listeners = listeners;
        this.clock = clock;
    }

    @Override
    public RegisterEntry put(RegisterType type, String key, Map<String, String> fields, LocalDate effectiveFrom,
                             String actor) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(fields, "fields");
        List<String> missing = missingFields(type, fields);
        if (!missing.isEmpty()) {
            throw new PublicationRefusedException(type.chinese() + "条目" + key + "不完整",
                    missing.stream().map(f -> new Violation(f, "必填")).toList());
        }
        return version(type, key, fields, effectiveFrom, false, actor);
    }

    private static List<String> missingFields(RegisterType type, Map<String, String> fields) {
        List<String> missing = new ArrayList<>();
        for (String required : type.requiredFields()) {
            String v = fields.get(required);
            if (v == null || v.isBlank()) {
                missing.add(required);
            }
        }
        return missing;
    }

    /** The most rows one import takes. */
    static final int MAX_IMPORT_ROWS = 5_000;

    @Override
    public List<RegisterEntry> importEntries(RegisterType type, List<RegisterImportRow> rows, LocalDate effectiveFrom,
                                             String actor) {
        Objects.requireNonNull(type, "type");
        PublicationsService.requireActor(actor);
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        if (rows == null || rows.isEmpty() || rows.size() > MAX_IMPORT_ROWS) {
            throw new PublicationRefusedException(type.chinese() + "导入须有1至" + MAX_IMPORT_ROWS + "行");
        }
        List<Violation> problems = new ArrayList<>();
        Set<String> keys = new java.util.HashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            RegisterImportRow row = rows.get(i);
            String where = "第" + (i + 1) + "行(" + (row.key() == null ? "" : row.key()) + ")";
            if (keyProblem(row.key()) != null) {
                problems.add(new Violation(where, keyProblem(row.key())));
                continue;
            }
            if (!keys.add(row.key())) {
                problems.add(new Violation(where, "条目编码与前面的行重复"));
            }
            List<String> missing = missingFields(type, row.fields());
            if (!missing.isEmpty()) {
                problems.add(new Violation(where, "缺少必填字段 " + String.join("、", missing)));
            }
        }
        if (!problems.isEmpty()) {
            throw new PublicationRefusedException(type.chinese() + "导入被拒绝(" + problems.size()
                    + "行有误),未写入任何条目", problems);
        }
        LocalDateTime now = now();
        List<RegisterRow> written;
        try {
            written = tx(m -> {
                List<RegisterRow> out = new ArrayList<>();
                for (RegisterImportRow row : rows) {
                    RegisterRow r = nextVersion(m, type, row.key(), row.fields(), effectiveFrom, false, actor, now);
                    if (r != null) {
                        out.add(r);
                    }
                }
                return out;
            });
        } catch (RuntimeException e) {
            if (ModuleStore.isConstraintViolation(e)) {
                throw new PublicationRefusedException(type.chinese() + "正被他人同时修改,导入未写入任何条目,请重试");
            }
            throw e;
        }
        LOG.info("{} import by {}: {} rows, {} new versions effective {}", type.chinese(), actor, rows.size(),
                written.size(), effectiveFrom);
        written.forEach(r -> committed(r, actor));
        List<RegisterEntry> out = new ArrayList<>();
        for (RegisterImportRow row : rows) {
            List<RegisterRow> history = read(m -> m.registerHistory(type.name(), row.key()));
            out.add(toEntry(history.get(history.size() - 1)));
        }
        return out;
    }

    private static String keyProblem(String key) {
        return key == null || key.isBlank() || key.length() > 100 ? "清单条目编码不能为空(最多100字)" : null;
    }

    @Override
    public RegisterEntry withdraw(RegisterType type, String key, LocalDate effectiveFrom, String actor) {
        List<RegisterRow> history = read(m -> m.registerHistory(type.name(), key));
        if (history.isEmpty()) {
            throw new PublicationNotFoundException(type.chinese() + "中没有条目" + key);
        }
        return version(type, key, ContentCodec.parse(history.get(history.size() - 1).fieldsText), effectiveFrom, true,
                actor);
    }

    private RegisterEntry version(RegisterType type, String key, Map<String, String> fields, LocalDate effectiveFrom,
                                  boolean withdrawn, String actor) {
        PublicationsService.requireActor(actor);
        if (keyProblem(key) != null) {
            throw new PublicationRefusedException(keyProblem(key));
        }
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        LocalDateTime now = now();
        RegisterRow row;
        try {
            row = tx(m -> nextVersion(m, type, key, fields, effectiveFrom, withdrawn, actor, now));
        } catch (RuntimeException e) {
            if (ModuleStore.isConstraintViolation(e)) {
                throw new PublicationRefusedException(type.chinese() + "条目" + key + "正被他人同时修改,请重试");
            }
            throw e;
        }
        if (row == null) {
            List<RegisterRow> history = read(m -> m.registerHistory(type.name(), key));
            return toEntry(history.get(history.size() - 1));
        }
        return committed(row, actor);
    }

    /** Inserts the next version of an entry in the caller's transaction; null when it would not change it. */
    private static RegisterRow nextVersion(DisclosureMapper m, RegisterType type, String key, Map<String, String> fields,
                                           LocalDate effectiveFrom, boolean withdrawn, String actor,
                                           LocalDateTime now) {
        String text = ContentCodec.orderedText(fields);
        String content = Canonical.registerContent(type.name(), key, effectiveFrom, text, withdrawn);
        List<RegisterRow> history = m.registerHistory(type.name(), key);
        RegisterRow last = history.isEmpty() ? null : history.get(history.size() - 1);
        if (last != null && last.sha256.equals(content)) {
            return null;
        }
        if (last == null && withdrawn) {
            throw new PublicationNotFoundException(type.chinese() + "中没有条目" + key);
        }
        RegisterRow r = new RegisterRow();
        r.registerType = type.name();
        r.entryKey = key;
        r.version = last == null ? 1 : last.version + 1;
        r.effectiveFrom = effectiveFrom;
        r.fieldsText = text;
        r.withdrawn = withdrawn;
        r.sha256 = content;
        r.changedBy = actor;
        r.changedAt = now;
        m.insertRegister(r);
        return r;
    }

    /** What follows a committed version: the ledger entry, the log line, the change listeners. */
    private RegisterEntry committed(RegisterRow row, String actor) {
        try {
            ledger.append(LedgerKinds.REGISTER, Canonical.REGISTER + row.id, actor, Canonical.register(row));
        } catch (RuntimeException e) {
            LOG.error("Register change {} committed but not ledgered: {}", row.id, e.getMessage(), e);
        }
        RegisterEntry entry = toEntry(row);
        LOG.info("{} {} version {} effective {}{}", entry.type().chinese(), entry.key(), row.version,
                row.effectiveFrom, row.withdrawn ? " (停止公开)" : "");
        for (RegisterChangeListener l : listeners.get()) {
            try {
                l.changed(entry);
            } catch (RuntimeException e) {
                LOG.error("Register change listener {} failed on {} {}: {}", l, entry.type(), entry.key(),
                        e.getMessage(), e);
            }
        }
        return entry;
    }

    private LocalDateTime now() {
        return LocalDateTime.ofInstant(clock.instant().truncatedTo(ChronoUnit.MILLIS), ZoneOffset.UTC);
    }

    @Override
    public List<RegisterEntry> asOf(RegisterType type, LocalDate asOf) {
        Map<String, RegisterRow> current = new TreeMap<>();
        for (RegisterRow r : read(m -> m.registerAll(type.name()))) {
            if (!r.effectiveFrom.isAfter(asOf)) {
                current.merge(r.entryKey, r, (a, b) -> b.version > a.version ? b : a);
            }
        }
        return current.values().stream().filter(r -> !r.withdrawn).map(RegistersService::toEntry).toList();
    }

    @Override
    public List<RegisterEntry> history(RegisterType type, String key) {
        return read(m -> m.registerHistory(type.name(), key)).stream().map(RegistersService::toEntry).toList();
    }

    @Override
    public List<RegisterEntry> syncPersonnel(LocalDate effectiveFrom, String actor) {
        OfficerRegistry registry = officers.get().orElseThrow(() -> new PublicationRefusedException(
                "执法人员库(记录模块)不可用,无法同步行政执法人员清单"));
        List<RegisterEntry> changed = new ArrayList<>();
        Set<String> present = new java.util.HashSet<>();
        for (Officer o : registry.list()) {
            present.add(o.id());
            Map<String, String> fields = personnelFields(o);
            List<RegisterEntry> history = history(RegisterType.PERSONNEL, o.id());
            RegisterEntry last = history.isEmpty() ? null : history.get(history.size() - 1);
            if (last != null && !last.withdrawn() && last.fields().equals(fields)) {
                continue;
            }
            changed.add(put(RegisterType.PERSONNEL, o.id(), fields, effectiveFrom, actor));
        }
        for (RegisterEntry e : asOf(RegisterType.PERSONNEL, LocalDate.MAX)) {
            if (!present.contains(e.key())) {
                changed.add(withdraw(RegisterType.PERSONNEL, e.key(), effectiveFrom, actor));
            }
        }
        return changed;
    }

    /** R-D3d: 姓名, 单位, 职务, 执法证号, 执法类别, 执法区域, 有效期. */
    static Map<String, String> personnelFields(Officer o) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("姓名", o.name());
        f.put("单位", o.unit());
        f.put("职务", o.post());
        f.put("执法证号", o.certificate().number());
        f.put("执法类别", o.certificate().kinds().stream().sorted(Comparator.naturalOrder())
                .map(EnforcementKind::chinese).collect(Collectors.joining("、")));
        f.put("执法区域", o.certificate().region());
        f.put("有效期", o.certificate().validFrom() + "至" + o.certificate().validTo());
        return f;
    }

    Optional<Sha256> registerDigest(long id) {
        return Optional.ofNullable(read(m -> m.findRegister(id))).map(Canonical::register);
    }

    private static RegisterEntry toEntry(RegisterRow r) {
        return new RegisterEntry(RegisterType.valueOf(r.registerType), r.entryKey, r.version, r.effectiveFrom,
                ContentCodec.parse(r.fieldsText), r.withdrawn, r.sha256, r.changedBy,
                r.changedAt.toInstant(ZoneOffset.UTC));
    }

    private <T> T tx(Function<DisclosureMapper, T> work) {
        return store.inTransaction((SqlSession s) -> work.apply(s.getMapper(DisclosureMapper.class)));
    }

    private <T> T read(Function<DisclosureMapper, T> work) {
        return store.read((SqlSession s) -> work.apply(s.getMapper(DisclosureMapper.class)));
    }
}
