package org.sanxiang.routes.credit;

import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;

/**
 * The body of a disclosure outbox entry (namespace {@value #NS}): identity, action, record type, the public
 * fields under their 双公示 2021 names, and the reason of a revocation.
 */
record DisclosurePayload(long publicationId, int version, String action, String businessKey, String kind,
        String recordType, String caseNumber, Map<String, String> fields, String revocationReason) {

    static final String NS = "urn:sanxiang:disclosure:v1";

    static DisclosurePayload parse(String xml) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setExpandEntityReferences(false);
            DocumentBuilder b = f.newDocumentBuilder();
            Document doc = b.parse(new InputSource(new StringReader(xml)));
            Element root = doc.getDocumentElement();
            if (!NS.equals(root.getNamespaceURI()) || !"publication".equals(root.getLocalName())) {
                throw new IllegalArgumentException("not a disclosure publication payload: {" + root.getNamespaceURI()
                        + "}" + root.getLocalName());
            }
            Map<String, String> fields = new LinkedHashMap<>();
            String reason = null;
            for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element e && NS.equals(e.getNamespaceURI())) {
                    if ("field".equals(e.getLocalName())) {
                        fields.put(e.getAttribute("name"), e.getTextContent());
                    } else if ("revocationReason".equals(e.getLocalName())) {
                        reason = e.getTextContent();
                    }
                }
            }
            return new DisclosurePayload(Long.parseLong(root.getAttribute("id")),
                    Integer.parseInt(root.getAttribute("version")), root.getAttribute("action"),
                    root.getAttribute("businessKey"), root.getAttribute("kind"), root.getAttribute("recordType"),
                    root.hasAttribute("caseNumber") ? root.getAttribute("caseNumber") : null, fields, reason);
        } catch (IllegalArgumentException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalArgumentException("unreadable disclosure payload: " + e.getMessage(), e);
        }
    }

    /** One line for ops: action, record and its number, the party. */
    String summary() {
        String number = first("行政处罚决定书文号", "行政许可决定文书号", "许可编号", "抽查事项");
        String party = first("行政相对人名称", "检查对象1名称");
        return recordType + " " + (number == null ? "" : number) + (party == null ? "" : " " + party);
    }

    private String first(String... names) {
        for (String n : names) {
            String v = fields.get(n);
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }
}
