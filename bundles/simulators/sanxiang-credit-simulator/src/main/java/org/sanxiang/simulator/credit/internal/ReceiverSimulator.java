package org.sanxiang.simulator.credit.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.GregorianCalendar;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import javax.xml.datatype.DatatypeFactory;
import org.sanxiang.api.domain.UnifiedSocialCreditCode;
import org.sanxiang.contracts.credit.v1.CreditRecord;
import org.sanxiang.contracts.credit.v1.Field;
import org.sanxiang.contracts.credit.v1.Receipt;
import org.sanxiang.contracts.credit.v1.Rejection;
import org.sanxiang.contracts.credit.v1.RejectionFault;
import org.sanxiang.simulator.credit.CreditSimulator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The simulated receiver. Keeps one record per business key on disk ({@code records.tsv}, forced to disk
 * before it answers, so a record survives a crash of the Karaf it runs in) and every call it processed
 * ({@code calls.tsv}); checks each record as a provincial node would: the field set and its required fields,
 * the 统一社会信用代码 check character of every subject, and that an update or revocation names a
 * publication it has.
 */
public final class ReceiverSimulator implements CreditSimulator {

    private static final Logger LOG = LoggerFactory.getLogger(ReceiverSimulator.class);
    private static final Map<String, Map<String, List<String>>> REQUIRED = Map.of(
            "sgs-2021/v1", Map.of(
                    "PENALTY", List.of("行政相对人名称", "行政相对人类别", "行政处罚决定书文号", "处罚类别", "处罚内容",
                            "处罚决定日期", "处罚机关"),
                    "PERMIT", List.of("行政相对人名称", "行政相对人类别", "行政许可决定文书号", "许可内容", "许可决定日期",
                            "许可机关"),
                    "INSPECTION_RESULT", List.of("抽查事项")),
            "legacy-2016/v1", Map.of(
                    "PENALTY", List.of("CF_WSH", "CF_XDR_MC", "CF_JDRQ", "CF_XZJG"),
                    "PERMIT", List.of("XK_WSH", "XK_XDR_MC", "XK_JDRQ", "XK_XZJG"),
                    "INSPECTION_RESULT", List.of("抽查事项")));

    private final Map<String, Received> records = new LinkedHashMap<>();
    private final Map<String, Integer> calls = java.util.Collections.synchronizedMap(new LinkedHashMap<>());
    private final Set<String> publications = ConcurrentHashMap.newKeySet();
    private final Clock clock = Clock.systemUTC();
    private volatile Mode mode = Mode.NORMAL;
    private volatile long delayMillis = 30_000;
    private Path dataDir;

    /** Blueprint: the directory of the simulator's files (empty: {@code ${karaf.data}/credit-simulator}). */
    public void setDataDir(String dir) {
        Path d = dir == null || dir.isBlank()
                ? Path.of(System.getProperty("karaf.data", "data"), "credit-simulator") : Path.of(dir);
        try {
            Files.createDirectories(d);
            synchronized (this) {
                dataDir = d;
                records.clear();
                calls.clear();
                publications.clear();
                load();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Blueprint managed property {@code mode}. */
    public void setMode(String mode) {
        this.mode = Mode.valueOf(mode.strip().toUpperCase());
        LOG.info("Credit simulator: mode {}", this.mode);
    }

    /** Blueprint managed property {@code delay.millis} (SLOW, HOLD). */
    public void setDelayMillis(long delayMillis) {
        this.delayMillis = delayMillis;
    }

    @Override
    public Mode mode() {
        return mode;
    }

    long delayMillis() {
        return delayMillis;
    }

    @Override
    public void switchTo(Mode mode, long delayMillis) {
        this.delayMillis = delayMillis;
        this.mode = mode;
        LOG.info("Credit simulator: mode {} (delay {} ms)", mode, delayMillis);
    }

    @Override
    public synchronized List<Received> records() {
        return new ArrayList<>(records.values());
    }

    @Override
    public synchronized int recordCount(String businessKey) {
        return records.containsKey(businessKey) ? 1 : 0;
    }

    @Override
    public int callCount(String businessKey) {
        return calls.getOrDefault(businessKey, 0);
    }

    @Override
    public Map<String, Integer> callCounts() {
        synchronized (calls) {
            return new LinkedHashMap<>(calls);
        }
    }

    /** Answers one call of {@code operation}: a receipt, or a rejection (拒收). */
    public Receipt receive(String operation, CreditRecord record) throws RejectionFault {
        Mode current = mode;
        if (current == Mode.SLOW) {
            pause(delayMillis);
        }
        String key = record.getBusinessKey();
        Receipt receipt;
        synchronized (this) {
            calls.merge(key, 1, Integer::sum);
            Received known = records.get(key);
            if (known != null) {
                append("calls.tsv", key, "DUPLICATE", known.receiptId());
                LOG.info("Credit simulator: {} again (call {}): DUPLICATE {}", key, calls.get(key), known.receiptId());
                return receipt(known, "DUPLICATE");
            }
            try {
                check(operation, record, current);
            } catch (RejectionFault f) {
                append("calls.tsv", key, "REJECTED", f.getFaultInfo().getCode());
                LOG.info("Credit simulator: {} rejected: {}", key, f.getFaultInfo().getReason());
                throw f;
            }
            Received r = new Received(key, operation, record.getPublicationId(), record.getVersion(),
                    record.getFieldSet(), "CX-" + UUID.randomUUID().toString().substring(0, 18),
                    clock.instant());
            append("records.tsv", key, operation, String.valueOf(r.publicationId()), String.valueOf(r.version()),
                    r.fieldSet(), r.receiptId(), r.receivedAt().toString());
            records.put(key, r);
            publications.add(group(key));
            append("calls.tsv", key, "ACCEPTED", r.receiptId());
            LOG.info("Credit simulator: {} {} recorded, receipt {}", operation, key, r.receiptId());
            receipt = receipt(r, current == Mode.DUPLICATE ? "DUPLICATE" : "ACCEPTED");
        }
        if (current == Mode.HOLD) {
            LOG.info("Credit simulator: holding the reply to {} for {} ms", key, delayMillis);
            pause(delayMillis);
        }
        return receipt;
    }

    private void check(String operation, CreditRecord record, Mode current) throws RejectionFault {
        if (current == Mode.REJECT) {
            throw rejection("SIM-REJECT", "模拟拒收: 公示系统当前拒收所有数据 / the simulator refuses every record");
        }
        Map<String, List<String>> set = REQUIRED.get(record.getFieldSet());
        if (set == null) {
            throw rejection("FIELD-SET", "不支持的数据项标准 " + record.getFieldSet() + " / unknown field set");
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (Field f : record.getField()) {
            fields.put(f.getCode(), f.getValue());
        }
        List<String> missing = new ArrayList<>();
        for (String required : set.getOrDefault(record.getRecordType().value(), List.of())) {
            if (!fields.containsKey(required)) {
                missing.add(required);
            }
        }
        if (!missing.isEmpty()) {
            throw rejection("MISSING", "缺少必填数据项: " + String.join("、", missing));
        }
        for (String code : record.getSubjectCode()) {
            if (!UnifiedSocialCreditCode.INDIVIDUAL_BUSINESS_PLACEHOLDER.equals(code)) {
                String problem = UnifiedSocialCreditCode.problem(code);
                if (problem != null) {
                    throw rejection("USCC", problem);
                }
            }
        }
        if ((operation.equals("Update") || operation.equals("Revoke"))
                && !publications.contains(group(record.getBusinessKey()))) {
            throw rejection("NOT-FOUND", "未找到被" + (operation.equals("Update") ? "更新" : "撤销") + "的公示信息 "
                    + group(record.getBusinessKey()));
        }
    }

    private static String group(String key) {
        int v = key.indexOf("-v");
        return v > 0 ? key.substring(0, v) : key;
    }

    private static RejectionFault rejection(String code, String reason) {
        Rejection r = new Rejection();
        r.setCode(code);
        r.setReason(reason);
        return new RejectionFault(code + ": " + reason, r);
    }

    private static Receipt receipt(Received r, String status) {
        Receipt receipt = new Receipt();
        receipt.setReceiptId(r.receiptId());
        receipt.setBusinessKey(r.businessKey());
        receipt.setStatus(status);
        try {
            GregorianCalendar c = GregorianCalendar.from(r.receivedAt().atZone(ZoneOffset.UTC));
            receipt.setReceivedAt(DatatypeFactory.newInstance().newXMLGregorianCalendar(c));
        } catch (javax.xml.datatype.DatatypeConfigurationException e) {
            throw new IllegalStateException(e);
        }
        return receipt;
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void load() throws IOException {
        Path r = dataDir.resolve("records.tsv");
        if (Files.exists(r)) {
            for (String line : Files.readAllLines(r, StandardCharsets.UTF_8)) {
                String[] c = line.split("\t");
                if (c.length >= 7) {
                    records.put(c[0], new Received(c[0], c[1], Long.parseLong(c[2]), Integer.parseInt(c[3]), c[4],
                            c[5], Instant.parse(c[6])));
                    publications.add(group(c[0]));
                }
            }
        }
        Path k = dataDir.resolve("calls.tsv");
        if (Files.exists(k)) {
            for (String line : Files.readAllLines(k, StandardCharsets.UTF_8)) {
                String[] c = line.split("\t");
                if (c.length >= 2) {
                    calls.merge(c[0], 1, Integer::sum);
                }
            }
        }
        LOG.info("Credit simulator: {} record(s) kept in {}", records.size(), dataDir);
    }

    private void append(String file, String... cells) {
        if (dataDir == null) {
            return;
        }
        String line = String.join("\t", cells).replace('\n', ' ') + "\n";
        try (FileChannel ch = FileChannel.open(dataDir.resolve(file), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
            ch.write(ByteBuffer.wrap(line.getBytes(StandardCharsets.UTF_8)));
            ch.force(true);
        } catch (IOException e) {
            throw new UncheckedIOException("credit simulator cannot write " + file, e);
        }
    }
}
