package org.sanxiang.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.inject.Inject;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.sanxiang.api.domain.CaseStage;
import org.sanxiang.api.records.AccessLog;
import org.sanxiang.api.records.AccessRecord;
import org.sanxiang.api.records.CaseRecords;
import org.sanxiang.api.records.EvidenceStore;
import org.sanxiang.api.records.OfficerRegistry;

/**
 * The supervision office adapter in Karaf (issue 9, R-R6, R-I3): the office queries a case's full trail and
 * its access log over real SOAP with WS-Security; the query is itself in the access log; a caller without
 * the supervision role is refused.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class SupervisionIT extends HubTestSupport {

    private static final String NS = "urn:sanxiang:supervision:v1";
    private static final String OFFICE = "itest-office";
    private static final String OFFICE_PW = "itest-office-" + "pw";

    @Inject
    private CaseRecords cases;

    @Inject
    private OfficerRegistry officers;

    @Inject
    private EvidenceStore evidence;

    @Inject
    private AccessLog accessLog;

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    public void theOfficeQueriesACaseTrailAndTheQueryIsInTheAccessLog() throws Exception {
        console("sanxiang:client-add --password " + OFFICE_PW + " " + OFFICE + " supervision");
        String lead = CaseFixtures.officer(officers, "张三");
        String second = CaseFixtures.officer(officers, "李四");
        String n = uniqueId("并罚");
        CaseFixtures.walkToExamination(cases, evidence, n, lead, second);

        String trailRequest = "<s:GetCaseTrailRequest xmlns:s=\"" + NS + "\"><s:caseNumber>" + n + "</s:caseNumber>"
                + "<s:requester>王科长</s:requester><s:purpose>案卷评查</s:purpose></s:GetCaseTrailRequest>";
        HttpAnswer trail = post("/cxf/hub/supervision", NS + ":GetCaseTrail",
                utf8(envelope(OFFICE, OFFICE_PW, trailRequest)));
        assertEquals(trail.toString(), 200, trail.status);
        assertTrue(trail.body, trail.body.contains("<statusCode>02</statusCode>"));
        assertTrue(trail.body, trail.body.contains("<to>" + CaseStage.EXAMINATION.name() + "</to>"));
        assertTrue(trail.body, trail.body.contains("<type>调查终结报告</type>"));
        assertTrue(trail.body, trail.body.contains("<activity>ON_SITE_INSPECTION</activity>"));

        List<AccessRecord> reads = accessLog.query("监督科:王科长", n, null, null, 10);
        assertTrue("the trail query is itself access-audited: " + reads, reads.size() >= 1);
        assertEquals("案卷评查", reads.get(0).purpose());

        String logRequest = "<s:GetAccessLogRequest xmlns:s=\"" + NS + "\"><s:caseNumber>" + n + "</s:caseNumber>"
                + "<s:requester>王科长</s:requester><s:purpose>调阅情况检查</s:purpose></s:GetAccessLogRequest>";
        HttpAnswer log = post("/cxf/hub/supervision", NS + ":GetAccessLog", utf8(envelope(OFFICE, OFFICE_PW, logRequest)));
        assertEquals(log.toString(), 200, log.status);
        assertTrue(log.body, log.body.contains("<who>监督科:王科长</who>") && log.body.contains("案卷评查"));

        HttpAnswer refused = post("/cxf/hub/supervision", NS + ":GetCaseTrail",
                utf8(envelope(STATUS_CLIENT, STATUS_PASSWORD, trailRequest)));
        assertEquals(refused.toString(), 500, refused.status);
        assertTrue(refused.body, refused.body.contains("SX-AUTH"));

        String unknown = trailRequest.replace(n, "不存在的案件");
        HttpAnswer missing = post("/cxf/hub/supervision", NS + ":GetCaseTrail", utf8(envelope(OFFICE, OFFICE_PW, unknown)));
        assertEquals(missing.toString(), 500, missing.status);
        assertTrue(missing.body, missing.body.contains("没有案件"));
    }
}
