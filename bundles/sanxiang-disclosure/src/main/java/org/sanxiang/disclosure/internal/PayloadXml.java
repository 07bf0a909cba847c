package org.sanxiang.disclosure.internal;

import java.util.Map;
import org.sanxiang.api.disclosure.OutboxAction;

/**
 * The XML body of an outbox entry (namespace {@value #NS}): the publication's identity, the action, the
 * record type, the public fields under their 双公示 2021 Chinese names (ID numbers masked, amounts in 万元)
 * and, for a revocation, the public reason. The delivery routes map it to each receiver's contract.
 */
final class PayloadXml {

    static final String NS = "urn:sanxiang:disclosure:v1";

    private PayloadXml() {
    }

    static String render(long publicationId, int version, OutboxAction action, String businessKey, String kind,
                         String caseNumber, String recordType, Map<String, String> fields, String reason) {
        StringBuilder sb = new StringBuilder(1024);
        sb.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        sb.append("<publication xmlns=\"").append(NS).append("\" id=\"").append(publicationId)
                .append("\" version=\"").append(version).append("\" action=\"").append(action.name())
                .append("\" businessKey=\"").append(esc(businessKey)).append("\" kind=\"").append(esc(kind))
                .append("\" recordType=\"").append(esc(recordType)).append('"');
        if (caseNumber != null) {
            sb.append(" caseNumber=\"").append(esc(caseNumber)).append('"');
        }
        sb.append(">\n");
        fields.forEach((name, value) -> {
            if (value != null) {
                sb.append("  <field name=\"").append(esc(name)).append("\">").append(esc(value)).append("</field>\n");
            }
        });
        if (reason != null) {
            sb.append("  <revocationReason>").append(esc(reason)).append("</revocationReason>\n");
        }
        sb.append("</publication>\n");
        return sb.toString();
    }

    static String esc(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&apos;");
                default -> {
                    if (c < 0x20 && c != '\n' && c != '\t' && c != '\r') {
                        sb.append(' ');
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.toString();
    }
}
