package org.sanxiang.routes.credit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.xml.namespace.QName;
import org.apache.cxf.binding.soap.SoapFault;
import org.junit.jupiter.api.Test;
import org.sanxiang.contracts.credit.v1.CreditRecord;
import org.sanxiang.contracts.credit.v1.Field;
import org.sanxiang.contracts.credit.v1.PublishInspectionResultRequest;
import org.sanxiang.contracts.credit.v1.PublishPenaltyRequest;
import org.sanxiang.contracts.credit.v1.Rejection;
import org.sanxiang.contracts.credit.v1.RejectionFault;
import org.sanxiang.contracts.credit.v1.RevokeRequest;
import org.sanxiang.contracts.credit.v1.UpdateRequest;

/** What the credit receiver gets for each outbox action under each field mapping (R-D6). */
class CreditReceiverTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T01:02:03Z"), ZoneOffset.UTC);

    private static String payload(String action, String reason) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<publication xmlns=\"urn:sanxiang:disclosure:v1\" id=\"12\""
                + " version=\"2\" action=\"" + action + "\" businessKey=\"PUB-12-v2-" + action + "\" kind=\"PENALTY\""
                + " recordType=\"PENALTY\" caseNumber=\"长自然资罚〔2026〕3号\">\n"
                + "  <field name=\"行政相对人名称\">太行建材有限公司</field>\n"
                + "  <field name=\"统一社会信用代码\">91350100M000100Y43</field>\n"
                + "  <field name=\"行政处罚决定书文号\">长自然资罚〔2026〕3号</field>\n"
                + "  <field name=\"处罚类别\">罚款</field>\n"
                + "  <field name=\"处罚内容\">罚款5万元</field>\n"
                + "  <field name=\"处罚机关\">长治市自然资源局</field>\n"
                + "  <field name=\"处罚机关统一社会信用代码\">11140400MB1234567X</field>\n"
                + (reason == null ? "" : "  <revocationReason>" + reason + "</revocationReason>\n")
                + "</publication>\n";
    }

    private static CreditReceiver receiver(String mapping) {
        return new CreditReceiver("http://127.0.0.1/none", FieldMapping.load(mapping, null), "140400", "长治市自然资源局",
                null, CLOCK);
    }

    private static Map<String, String> fields(CreditRecord r) {
        Map<String, String> m = new LinkedHashMap<>();
        for (Field f : r.getField()) {
            m.put(f.getCode(), f.getValue());
        }
        return m;
    }

    @Test
    void aPenaltyIsPublishedUnderIts2021FieldNamesWithThePartysCodeAsSubject() {
        Object[] call = receiver("sgs-2021/v1").request(DisclosurePayload.parse(payload("PUBLISH", null)));
        assertEquals("PublishPenalty", call[0]);
        CreditRecord r = ((PublishPenaltyRequest) call[1]).getRecord();
        assertEquals("PUB-12-v2-PUBLISH", r.getBusinessKey());
        assertEquals(12, r.getPublicationId());
        assertEquals("sgs-2021/v1", r.getFieldSet());
        assertEquals("长治市自然资源局", r.getSourceUnit());
        assertEquals(java.util.List.of("91350100M000100Y43"), r.getSubjectCode());
        assertEquals("长自然资罚〔2026〕3号", fields(r).get("行政处罚决定书文号"));
        assertEquals(7, r.getField().size());
    }

    @Test
    void theLegacyMappingSendsThe2016CodesWithRegionTimestampAndState() {
        CreditRecord r = ((RevokeRequest) receiver("legacy-2016/v1")
                .request(DisclosurePayload.parse(payload("REVOKE", "复议决定撤销原处罚")))[1]).getRecord();
        Map<String, String> f = fields(r);
        assertEquals("legacy-2016/v1", r.getFieldSet());
        assertEquals("长自然资罚〔2026〕3号", f.get("CF_WSH"));
        assertEquals("太行建材有限公司", f.get("CF_XDR_MC"));
        assertEquals("91350100M000100Y43", f.get("CF_XDR_SHXYM"));
        assertEquals("罚款", f.get("CF_CFLB1"));
        assertEquals("1", f.get("CF_ZT"), "revoked");
        assertEquals("140400", f.get("DFBM"));
        assertEquals("2026-03-02 09:02:03", f.get("SJC"), "China time");
        assertNull(f.get("处罚机关统一社会信用代码"), "no 2016 code: not sent");
    }

    @Test
    void aRevocationCarriesItsPublicReasonAndAnUpdateGoesToUpdate() {
        Object[] revoke = receiver("sgs-2021/v1").request(DisclosurePayload.parse(payload("REVOKE", "复议决定撤销原处罚")));
        assertEquals("Revoke", revoke[0]);
        assertEquals("复议决定撤销原处罚", ((RevokeRequest) revoke[1]).getReason());
        Object[] update = receiver("sgs-2021/v1").request(DisclosurePayload.parse(payload("UPDATE", null)));
        assertEquals("Update", update[0]);
        assertEquals(2, ((UpdateRequest) update[1]).getRecord().getVersion());
    }

    @Test
    void inspectionResultsNameEveryInspectedSubject() {
        String xml = "<publication xmlns=\"urn:sanxiang:disclosure:v1\" id=\"3\" version=\"1\" action=\"INSPECTION_RESULT\""
                + " businessKey=\"DRAW-3-v1-INSPECTION_RESULT\" kind=\"INSPECTION\" recordType=\"INSPECTION_RESULT\">"
                + "<field name=\"抽查事项\">矿山开采检查(JC-01)</field>"
                + "<field name=\"检查对象1名称\">甲公司</field><field name=\"检查对象1统一社会信用代码\">91350100M000100Y43</field>"
                + "<field name=\"检查对象2名称\">乙公司</field><field name=\"检查对象2统一社会信用代码\">91140400MA0K00000Q</field>"
                + "</publication>";
        Object[] call = receiver("legacy-2016/v1").request(DisclosurePayload.parse(xml));
        assertEquals("PublishInspectionResult", call[0]);
        CreditRecord r = ((PublishInspectionResultRequest) call[1]).getRecord();
        assertEquals(2, r.getSubjectCode().size());
        assertEquals("甲公司", fields(r).get("检查对象1名称"));
    }

    @Test
    void onlyTheReceiversVerdictOnTheContentStopsRetries() {
        CreditReceiver receiver = receiver("sgs-2021/v1");
        Rejection info = new Rejection();
        info.setCode("CHECK-DIGIT");
        info.setReason("统一社会信用代码校验位错误");
        assertEquals("CHECK-DIGIT: 统一社会信用代码校验位错误",
                receiver.rejection(new RuntimeException(new RejectionFault("rejected", info))));
        assertTrue(receiver.rejection(new SoapFault("SX-SCHEMA: cvc-pattern-valid",
                new QName("http://schemas.xmlsoap.org/soap/envelope/", "Client"))).startsWith("SOAP-CLIENT"));
        assertNull(receiver.rejection(new SoapFault("SX-AUTH: 身份验证失败",
                new QName("http://schemas.xmlsoap.org/soap/envelope/", "Client"))), "credentials: fixed by ops, retried");
        assertNull(receiver.rejection(new java.net.SocketTimeoutException("Read timed out")));
        SoapFault brokenReply = new SoapFault("Error reading XMLStreamReader: closed",
                new javax.xml.stream.XMLStreamException("closed"),
                new QName("http://schemas.xmlsoap.org/soap/envelope/", "Client"));
        assertNull(receiver.rejection(brokenReply), "a reply cut off on the way is retried");
        assertNull(receiver.rejection(new IllegalStateException("HTTP response '503: Service Unavailable'")));
    }

    @Test
    void aMappingOfAnotherFieldSetOrAMissingOneIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> FieldMapping.load("sgs-2030/v1", null));
        assertThrows(IllegalArgumentException.class, () -> FieldMapping.load("../etc/x", null));
        assertThrows(IllegalArgumentException.class, () -> DisclosurePayload.parse(
                "<!DOCTYPE p [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><publication xmlns=\"urn:sanxiang:disclosure:v1\">&x;</publication>"));
    }
}
