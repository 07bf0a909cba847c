package org.sanxiang.disclosure.internal;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.sanxiang.api.disclosure.IdDocument;
import org.sanxiang.api.disclosure.Party;
import org.sanxiang.api.disclosure.PenaltyCategory;
import org.sanxiang.api.disclosure.PenaltyRecord;
import org.sanxiang.api.disclosure.PermitCategory;
import org.sanxiang.api.disclosure.PermitRecord;
import org.sanxiang.api.disclosure.PermitStatus;
import org.sanxiang.api.domain.IdType;
import org.sanxiang.api.domain.PartyType;
import org.sanxiang.api.ledger.Sha256;

/**
 * The stored form of a publication's content: one {@code key=value} line per non-null field, keys sorted,
 * values escaped ({@code \\}, {@code \n}, {@code \r}); the same record always gives the same text, so its
 * SHA-256 identifies the content. Keys are the record components' names ({@code party.*} for the party).
 */
final class ContentCodec {

    static final String PENALTY = "PENALTY";
    static final String PERMIT = "PERMIT";

    private ContentCodec() {
    }

    static String encode(PenaltyRecord r) {
        Map<String, String> m = new TreeMap<>();
        party(m, r.party());
        put(m, "decisionNumber", r.decisionNumber());
        put(m, "violationType", r.violationType());
        put(m, "violationFacts", r.violationFacts());
        put(m, "basis", r.basis());
        if (!r.categories().isEmpty()) {
            put(m, "categories", r.categories().stream().sorted().map(Enum::name).collect(Collectors.joining(",")));
        }
        put(m, "otherCategory", r.otherCategory());
        put(m, "content", r.content());
        put(m, "fineYuan", r.fineYuan() == null ? null : r.fineYuan().toPlainString());
        put(m, "confiscatedYuan", r.confiscatedYuan() == null ? null : r.confiscatedYuan().toPlainString());
        put(m, "suspendedOrRevokedLicence", r.suspendedOrRevokedLicence());
        put(m, "decisionDate", r.decisionDate());
        put(m, "validUntil", r.validUntil());
        put(m, "displayUntil", r.displayUntil());
        put(m, "authority", r.authority());
        put(m, "authorityUscc", r.authorityUscc());
        put(m, "dataSource", r.dataSource());
        put(m, "dataSourceUscc", r.dataSourceUscc());
        put(m, "remarks", r.remarks());
        return text(m);
    }

    static String encode(PermitRecord r) {
        Map<String, String> m = new TreeMap<>();
        party(m, r.party());
        put(m, "documentName", r.documentName());
        put(m, "documentNumber", r.documentNumber());
        put(m, "category", r.category() == null ? null : r.category().name());
        put(m, "otherCategory", r.otherCategory());
        put(m, "certificateName", r.certificateName());
        put(m, "permitNumber", r.permitNumber());
        put(m, "content", r.content());
        put(m, "decisionDate", r.decisionDate());
        put(m, "validFrom", r.validFrom());
        put(m, "validTo", r.validTo());
        put(m, "authority", r.authority());
        put(m, "authorityUscc", r.authorityUscc());
        put(m, "status", r.status() == null ? null : r.status().name());
        put(m, "dataSource", r.dataSource());
        put(m, "dataSourceUscc", r.dataSourceUscc());
        put(m, "remarks", r.remarks());
        return text(m);
    }

    static PenaltyRecord penalty(String text) {
        Map<String, String> m = parse(text);
        Set<PenaltyCategory> categories = EnumSet.noneOf(PenaltyCategory.class);
        String c = m.get("categories");
        if (c != null) {
            for (String name : c.split(",")) {
                categories.add(PenaltyCategory.valueOf(name));
            }
        }
        return PenaltyRecord.builder().party(party(m)).decisionNumber(m.get("decisionNumber"))
                .violationType(m.get("violationType")).violationFacts(m.get("violationFacts")).basis(m.get("basis"))
                .categories(categories).otherCategory(m.get("otherCategory")).content(m.get("content"))
                .fineYuan(decimal(m.get("fineYuan"))).confiscatedYuan(decimal(m.get("confiscatedYuan")))
                .suspendedOrRevokedLicence(m.get("suspendedOrRevokedLicence")).decisionDate(date(m.get("decisionDate")))
                .validUntil(date(m.get("validUntil"))).displayUntil(date(m.get("displayUntil")))
                .authority(m.get("authority")).authorityUscc(m.get("authorityUscc")).dataSource(m.get("dataSource"))
                .dataSourceUscc(m.get("dataSourceUscc")).remarks(m.get("remarks")).build();
    }

    static PermitRecord permit(String text) {
        Map<String, String> m = parse(text);
        return PermitRecord.builder().party(party(m)).documentName(m.get("documentName"))
                .documentNumber(m.get("documentNumber"))
                .category(m.get("category") == null ? null : PermitCategory.valueOf(m.get("category")))
                .otherCategory(m.get("otherCategory")).certificateName(m.get("certificateName"))
                .permitNumber(m.get("permitNumber")).content(m.get("content")).decisionDate(date(m.get("decisionDate")))
                .validFrom(date(m.get("validFrom"))).validTo(date(m.get("validTo"))).authority(m.get("authority"))
                .authorityUscc(m.get("authorityUscc"))
                .status(m.get("status") == null ? null : PermitStatus.valueOf(m.get("status")))
                .dataSource(m.get("dataSource")).dataSourceUscc(m.get("dataSourceUscc")).remarks(m.get("remarks"))
                .build();
    }

    /** The public fields of stored content of {@code recordType}, ID numbers masked. */
    static Map<String, String> publicFields(String recordType, String text) {
        return PENALTY.equals(recordType) ? penalty(text).publicFields() : permit(text).publicFields();
    }

    static Sha256 digest(String text) {
        return Sha256.digest(text.getBytes(StandardCharsets.UTF_8));
    }

    private static void party(Map<String, String> m, Party p) {
        if (p == null) {
            return;
        }
        put(m, "party.name", p.name());
        put(m, "party.type", p.type() == null ? null : p.type().name());
        put(m, "party.uscc", p.uscc());
        put(m, "party.businessRegistrationNumber", p.businessRegistrationNumber());
        put(m, "party.organisationCode", p.organisationCode());
        put(m, "party.taxRegistrationNumber", p.taxRegistrationNumber());
        put(m, "party.institutionCertificateNumber", p.institutionCertificateNumber());
        put(m, "party.socialOrganisationNumber", p.socialOrganisationNumber());
        put(m, "party.legalRepresentative", p.legalRepresentative());
        id(m, "party.legalRepresentativeId", p.legalRepresentativeId());
        id(m, "party.personId", p.personId());
    }

    private static Party party(Map<String, String> m) {
        if (m.keySet().stream().noneMatch(k -> k.startsWith("party."))) {
            return null;
        }
        String type = m.get("party.type");
        return new Party(m.get("party.name"), type == null ? null : PartyType.valueOf(type), m.get("party.uscc"),
                m.get("party.businessRegistrationNumber"), m.get("party.organisationCode"),
                m.get("party.taxRegistrationNumber"), m.get("party.institutionCertificateNumber"),
                m.get("party.socialOrganisationNumber"), m.get("party.legalRepresentative"),
                id(m, "party.legalRepresentativeId"), id(m, "party.personId"));
    }

    private static void id(Map<String, String> m, String prefix, IdDocument id) {
        if (id == null) {
            return;
        }
        put(m, prefix + ".type", id.type() == null ? null : id.type().name());
        put(m, prefix + ".otherType", id.otherType());
        put(m, prefix + ".number", id.number());
    }

    private static IdDocument id(Map<String, String> m, String prefix) {
        String type = m.get(prefix + ".type");
        String other = m.get(prefix + ".otherType");
        String number = m.get(prefix + ".number");
        if (type == null && other == null && number == null) {
            return null;
        }
        return new IdDocument(type == null ? null : IdType.valueOf(type), other, number);
    }

    private static void put(Map<String, String> m, String key, Object value) {
        if (value != null) {
            m.put(key, value.toString());
        }
    }

    private static BigDecimal decimal(String s) {
        return s == null ? null : new BigDecimal(s);
    }

    private static LocalDate date(String s) {
        return s == null ? null : LocalDate.parse(s);
    }

    /** Sorted {@code key=value} lines, values escaped. */
    static String text(Map<String, String> m) {
        StringBuilder sb = new StringBuilder();
        new TreeMap<>(m).forEach((k, v) -> sb.append(k).append('=').append(escape(v)).append('\n'));
        return sb.toString();
    }

    /** The inverse of {@link #text}; keeps the order of the lines. */
    static Map<String, String> parse(String text) {
        Map<String, String> m = new LinkedHashMap<>();
        for (String line : text.split("\n")) {
            if (line.isEmpty()) {
                continue;
            }
            int eq = line.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("malformed stored content line: " + line);
            }
            m.put(line.substring(0, eq), unescape(line.substring(eq + 1)));
        }
        return m;
    }

    /** Lines in the given order (for register fields, whose order matters), values escaped. */
    static String orderedText(Map<String, String> m) {
        StringBuilder sb = new StringBuilder();
        m.forEach((k, v) -> {
            if (k.indexOf('=') >= 0 || k.indexOf('\n') >= 0 || k.isEmpty()) {
                throw new IllegalArgumentException("字段名不能为空,且不能含“=”或换行: " + k);
            }
            sb.append(k).append('=').append(escape(v == null ? "" : v)).append('\n');
        });
        return sb.toString();
    }

    private static String escape(String v) {
        StringBuilder sb = new StringBuilder(v.length());
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            switch (c) {
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    private static String unescape(String v) {
        StringBuilder sb = new StringBuilder(v.length());
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c == '\\' && i + 1 < v.length()) {
                char n = v.charAt(++i);
                sb.append(n == 'n' ? '\n' : n == 'r' ? '\r' : n);
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
