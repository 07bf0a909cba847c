package org.sanxiang.ingest.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.sanxiang.api.domain.CaseStage;
import org.sanxiang.api.domain.EnforcementKind;
import org.sanxiang.api.ledger.LedgerAppend;
import org.sanxiang.api.ledger.LedgerIntake;
import org.sanxiang.api.ledger.Sha256;
import org.sanxiang.api.records.AccessRequest;
import org.sanxiang.api.records.Activity;
import org.sanxiang.api.records.CaseRecords;
import org.sanxiang.api.records.Certificate;
import org.sanxiang.api.records.DocumentInfo;
import org.sanxiang.api.records.EnforcementCase;
import org.sanxiang.api.records.EvidenceStore;
import org.sanxiang.api.records.LegalHold;
import org.sanxiang.api.records.MediaLink;
import org.sanxiang.api.records.NewCase;
import org.sanxiang.api.records.Officer;
import org.sanxiang.api.records.OfficerRegistry;
import org.sanxiang.api.records.RecordClass;
import org.sanxiang.api.records.RecordsException;
import org.sanxiang.api.records.Retention;
import org.sanxiang.api.records.Transition;

/**
 * Test double of the records services the ingest uses, with the same rules at the points the ingest relies on:
 * a content-addressed store that publishes only complete content, links refused unless the officer is assigned,
 * holds recorded; the ledger intake keeps the events recorded.
 */
public final class FakeRecords implements CaseRecords, OfficerRegistry, Retention, EvidenceStore, LedgerIntake {

    public static final String CASE = "长自然罚〔2026〕7号";
    static final String REGION = "140400";

    final Path root;
    final Map<String, Officer> officers = new LinkedHashMap<>();
    final Map<String, EnforcementCase> cases = new LinkedHashMap<>();
    public final List<MediaLink> links = new ArrayList<>();
    final List<LegalHold> holds = new ArrayList<>();
    final List<LedgerAppend> appends = new ArrayList<>();
    final List<AccessRequest> reads = new ArrayList<>();

    FakeRecords(Path root) throws IOException {
        this.root = Files.createDirectories(root);
        officers.put("100234", officer("100234", "王建国", "14040020230012", LocalDate.of(2024, 1, 1), LocalDate.of(2028, 12, 31)));
        officers.put("100235", officer("100235", "李红", "14040020230013", LocalDate.of(2024, 1, 1), LocalDate.of(2028, 12, 31)));
        officers.put("100236", officer("100236", "赵明", "14040020190020", LocalDate.of(2019, 1, 1), LocalDate.of(2025, 6, 30)));
        cases.put(CASE, new EnforcementCase(CASE, EnforcementKind.PENALTY, "违法占地", REGION, List.of(),
                List.of("100234", "100235", "100236"), CaseStage.INVESTIGATION, "100234", Instant.now(), Instant.now()));
    }

    static Officer officer(String id, String name, String cert, LocalDate from, LocalDate to) {
        return new Officer(id, name, "长治市自然资源局", "执法监察支队",
                new Certificate(cert, EnumSet.of(EnforcementKind.PENALTY, EnforcementKind.INSPECTION), REGION, from, to));
    }

    public List<Path> objects() throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile).filter(p -> !p.startsWith(root.resolve("tmp"))).toList();
        }
    }

    // ---------------------------------------------------------------- EvidenceStore

    @Override
    public Stored put(InputStream content) {
        try {
            Files.createDirectories(root.resolve("tmp"));
            Path temp = Files.createTempFile(root.resolve("tmp"), "put-", ".part");
            try {
                MessageDigest md = Sha256.messageDigest();
                long size;
                try (OutputStream out = new DigestOutputStream(Files.newOutputStream(temp), md)) {
                    size = content.transferTo(out);
                }
                String sha = HexFormat.of().formatHex(md.digest());
                Path target = root.resolve(sha);
                try {
                    Files.createLink(target, temp);
                    return new Stored(sha, size, false);
                } catch (FileAlreadyExistsException e) {
                    return new Stored(sha, size, true);
                }
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("evidence write failed", e);
        }
    }

    @Override
    public boolean contains(String sha256) {
        return Files.exists(root.resolve(sha256));
    }

    /** Re-hashes the objects against their names, as the records module's store does. */
    @Override
    public Verification verify(int sample) {
        List<String> problems = new ArrayList<>();
        long bytes = 0;
        try {
            for (Path p : objects()) {
                byte[] content = Files.readAllBytes(p);
                bytes += content.length;
                if (!Sha256.digest(content).hex().equals(p.getFileName().toString())) {
                    problems.add(p.getFileName() + " CHANGED");
                }
            }
            return new Verification(objects().size(), bytes, problems.size(), 0, problems, false,
                    java.time.Duration.ZERO);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---------------------------------------------------------------- OfficerRegistry

    @Override
    public Officer save(Officer officer, String actor) {
        officers.put(officer.id(), officer);
        return officer;
    }

    @Override
    public Optional<Officer> find(String officerId) {
        return Optional.ofNullable(officers.get(officerId));
    }

    @Override
    public List<Officer> list() {
        return List.copyOf(officers.values());
    }

    @Override
    public Officer requireCertified(String officerId, EnforcementKind kind, String region, LocalDate day) {
        throw new UnsupportedOperationException();
    }

    // ---------------------------------------------------------------- CaseRecords

    @Override
    public EnforcementCase get(String caseNumber, AccessRequest access) {
        reads.add(access);
        EnforcementCase c = cases.get(caseNumber);
        if (c == null) {
            throw new RecordsException("没有案件" + caseNumber);
        }
        return c;
    }

    @Override
    public synchronized MediaLink linkMedia(String caseNumber, String sha256, Activity activity, String officerId,
                                            boolean fullProcess, String fileName, String actor) {
        EnforcementCase c = get(caseNumber, new AccessRequest("fake", "link"));
        if (!c.officerIds().contains(officerId) || !c.officerIds().contains(actor)) {
            throw new RecordsException("录制人" + officerId + "不是案件" + caseNumber + "的承办执法人员");
        }
        if (!contains(sha256)) {
            throw new RecordsException("证据库中没有文件 " + sha256 + ",请先上传");
        }
        MediaLink l = new MediaLink(links.size() + 1, caseNumber, activity, sha256, officerId, fullProcess, fileName,
                actor, Instant.now());
        links.add(l);
        return l;
    }

    @Override
    public List<MediaLink> media(String caseNumber, AccessRequest access) {
        reads.add(access);
        return links.stream().filter(l -> l.caseNumber().equals(caseNumber)).toList();
    }

    @Override
    public EnforcementCase file(NewCase newCase, String actor) {
        throw new UnsupportedOperationException();
    }

    @Override
    public EnforcementCase assignOfficer(String caseNumber, String officerId, String actor) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<EnforcementCase> list(CaseStage stage, int limit, AccessRequest access) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Transition transition(String caseNumber, CaseStage target, String actor, String reason) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<Transition> history(String caseNumber, AccessRequest access) {
        throw new UnsupportedOperationException();
    }

    @Override
    public DocumentInfo addDocument(String caseNumber, String type, String title, InputStream content, String actor) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<DocumentInfo> documents(String caseNumber, AccessRequest access) {
        throw new UnsupportedOperationException();
    }

    @Override
    public InputStream readDocument(long documentId, AccessRequest access) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<String> missingDocuments(String caseNumber) {
        throw new UnsupportedOperationException();
    }

    @Override
    public InputStream openMedia(String sha256, AccessRequest access) {
        throw new UnsupportedOperationException();
    }

    // ---------------------------------------------------------------- Retention

    @Override
    public LegalHold placeHold(String subjectRef, String reason, String actor) {
        LegalHold h = new LegalHold(holds.size() + 1, subjectRef, reason, actor, Instant.now(), null, null);
        holds.add(h);
        return h;
    }

    @Override
    public LegalHold releaseHold(long holdId, String actor) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<LegalHold> activeHolds() {
        return List.copyOf(holds);
    }

    @Override
    public Optional<String> deletionVeto(RecordClass recordClass, String ref) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void delete(RecordClass recordClass, String ref, String actor) {
        throw new UnsupportedOperationException();
    }

    // ---------------------------------------------------------------- LedgerIntake

    @Override
    public void record(LedgerAppend event) {
        appends.add(event);
    }

    @Override
    public Pending pending() {
        return new Pending(0, Optional.empty());
    }

    @Override
    public int drain(java.util.function.Consumer<Recorded> take, int max) {
        return 0;
    }
}
