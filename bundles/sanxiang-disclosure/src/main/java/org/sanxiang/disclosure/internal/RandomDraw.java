package org.sanxiang.disclosure.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sanxiang.api.disclosure.DrawImpossibleException;
import org.sanxiang.api.disclosure.DrawResult;
import org.sanxiang.api.disclosure.InspectionItem;
import org.sanxiang.api.disclosure.InspectionSubject;
import org.sanxiang.api.disclosure.Inspector;

/**
 * The 双随机一公开 draw (随机抽取检查对象、随机选派执法检查人员), reproducible by anyone from the recorded seed
 * with nothing but SHA-256. The algorithm (version 1):
 * <ol>
 * <li><b>How many.</b> {@code n = ⌈ratio × candidates⌉}, at least 1 when there is a candidate (0 when
 * there is none).</li>
 * <li><b>Which subjects.</b> For each candidate, {@code key = SHA-256(UTF-8("subject\n" + seed + "\n" +
 * subjectId))} as lowercase hex; candidates are sorted by key ascending and the first {@code n} are drawn,
 * in that order. The order of the input list does not matter. In a shell:
 * {@code printf 'subject\n%s\n%s' "$SEED" "$ID" | sha256sum}.</li>
 * <li><b>Which inspectors.</b> For each drawn subject in draw order, the eligible inspectors are those
 * certified for the item's category ({@link Inspector#mayInspect}) without a conflict with the subject.
 * They are sorted by (number of subjects already assigned to them in this draw ascending, then
 * {@code SHA-256(UTF-8("inspector\n" + seed + "\n" + subjectId + "\n" + inspectorId))} as hex ascending),
 * and the first {@value #INSPECTORS_PER_SUBJECT} are assigned — the first term spreads the work, the
 * second chooses at random.</li>
 * <li><b>Impossible.</b> When a drawn subject has fewer than {@value #INSPECTORS_PER_SUBJECT} eligible
 * inspectors the draw fails and names every such subject.</li>
 * </ol>
 * Subject and inspector ids must be unique within their lists. A new seed is 32 bytes from
 * {@link SecureRandom} in hex ({@link #newSeed()}), recorded before the draw.
 */
final class RandomDraw {

    static final int INSPECTORS_PER_SUBJECT = 2;

    private static final SecureRandom SEEDS = new SecureRandom();

    private RandomDraw() {
    }

    /** A fresh seed: 32 random bytes as 64 lowercase hex characters. */
    static String newSeed() {
        byte[] b = new byte[32];
        SEEDS.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }

    /** How many subjects are drawn from {@code candidates} at {@code ratio}. */
    static int sampleSize(BigDecimal ratio, int candidates) {
        if (candidates == 0) {
            return 0;
        }
        int n = ratio.multiply(BigDecimal.valueOf(candidates)).setScale(0, RoundingMode.CEILING).intValueExact();
        return Math.max(1, Math.min(n, candidates));
    }

    static DrawResult draw(InspectionItem item, List<InspectionSubject> subjects, List<Inspector> inspectors,
            String seed) {
        if (seed == null || seed.isBlank()) {
            throw new IllegalArgumentException("随机种子不能为空");
        }
        requireUnique(subjects.stream().map(InspectionSubject::id).toList(), "检查对象");
        requireUnique(inspectors.stream().map(Inspector::id).toList(), "执法检查人员");

        Map<String, String> subjectKeys = new HashMap<>();
        for (InspectionSubject s : subjects) {
            subjectKeys.put(s.id(), sha256Hex("subject\n" + seed + "\n" + s.id()));
        }
        List<InspectionSubject> order = new ArrayList<>(subjects);
        order.sort(Comparator.comparing((InspectionSubject s) -> subjectKeys.get(s.id())));
        List<InspectionSubject> drawn = order.subList(0, sampleSize(item.ratio(), subjects.size()));

        Map<String, Integer> load = new HashMap<>();
        List<DrawResult.Assignment> assignments = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (InspectionSubject subject : drawn) {
            Map<String, String> keys = new HashMap<>();
            List<Inspector> eligible = new ArrayList<>();
            for (Inspector i : inspectors) {
                if (i.mayInspect(item.category(), subject)) {
                    eligible.add(i);
                    keys.put(i.id(), sha256Hex("inspector\n" + seed + "\n" + subject.id() + "\n" + i.id()));
                }
            }
            if (eligible.size() < INSPECTORS_PER_SUBJECT) {
                problems.add("检查对象“" + label(subject) + "”可选派的执法检查人员不足：需要" + INSPECTORS_PER_SUBJECT
                        + "名持有“" + item.category() + "”执法资格且与其无利害关系的人员，仅有" + eligible.size() + "名");
                continue;
            }
            eligible.sort(Comparator.comparing((Inspector i) -> load.getOrDefault(i.id(), 0))
                    .thenComparing(i -> keys.get(i.id())));
            List<Inspector> chosen = eligible.subList(0, INSPECTORS_PER_SUBJECT);
            chosen.forEach(i -> load.merge(i.id(), 1, Integer::sum));
            assignments.add(new DrawResult.Assignment(subject, chosen));
        }
        if (!problems.isEmpty()) {
            throw new DrawImpossibleException(problems);
        }
        return new DrawResult(item.code(), seed, subjects.size(), assignments);
    }

    private static String label(InspectionSubject s) {
        String name = s.name() == null ? s.id() : s.name();
        return s.uscc() == null ? name : name + "（" + s.uscc() + "）";
    }

    private static void requireUnique(List<String> ids, String what) {
        Set<String> seen = new HashSet<>();
        for (String id : ids) {
            if (!seen.add(id)) {
                throw new IllegalArgumentException(what + "标识重复: " + id);
            }
        }
    }

    static String sha256Hex(String text) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }
}
