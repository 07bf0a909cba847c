package org.sanxiang.routes.enforcement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.util.List;
import org.apache.ibatis.exceptions.PersistenceException;
import org.junit.jupiter.api.Test;
import org.osgi.service.blueprint.container.ServiceUnavailableException;
import org.sanxiang.api.disclosure.DrawImpossibleException;
import org.sanxiang.api.disclosure.PublicationNotFoundException;
import org.sanxiang.api.disclosure.PublicationRefusedException;
import org.sanxiang.api.disclosure.Violation;
import org.sanxiang.api.domain.CaseStage;
import org.sanxiang.api.records.CertificateRefusedException;
import org.sanxiang.api.records.DocumentRefusedException;
import org.sanxiang.api.records.RecordNotFoundException;
import org.sanxiang.api.records.RecordsException;
import org.sanxiang.api.records.TransitionRefusedException;
import org.sanxiang.api.records.Veto;
import org.sanxiang.api.review.ReviewException;
import org.sanxiang.api.review.ReviewNotFoundException;
import org.sanxiang.routes.common.CodedFault;
import org.sanxiang.routes.common.FaultTranslator.Code;

/** Each domain refusal as the coded fault of the contract, naming the rule and the requirement. */
class RefusalsTest {

    private static CodedFault of(RuntimeException e) {
        CodedFault f = Refusals.of(e);
        assertTrue(f != null, "classified: " + e);
        assertTrue(!f.text().contains("Exception") && !f.text().contains("org."), f.text());
        return f;
    }

    @Test
    void aRefusedTransitionNamesEveryGateWithItsRequirement() {
        CodedFault f = of(new TransitionRefusedException(CaseStage.EXAMINATION, CaseStage.DECISION, List.of(
                new Veto("法制审核", "R-L1", "重大执法决定未经法制审核,不得作出决定"),
                new Veto("音像记录", "R-R3", "缺少音像记录: 现场检查")), List.of()));
        assertEquals(Code.SX_GATE, f.code());
        assertEquals("案件不能从审查转入决定,被关卡“法制审核”(R-L1)、“音像记录”(R-R3)否决: 重大执法决定未经法制审核,不得作出决定; "
                + "缺少音像记录: 现场检查", f.text());
        assertEquals(List.of("关卡“法制审核”(R-L1): 重大执法决定未经法制审核,不得作出决定",
                "关卡“音像记录”(R-R3): 缺少音像记录: 现场检查"), f.items());
        CodedFault d = of(new DocumentRefusedException("罚-1", "决定书", List.of(new Veto("法制审核", "R-L1", "未审核"))));
        assertEquals(Code.SX_GATE, d.code());
        assertTrue(d.text().startsWith("案件罚-1不能添加决定书,被关卡“法制审核”(R-L1)否决"), d.text());
    }

    @Test
    void eachDomainRefusalHasItsCodeAndRule() {
        assertEquals(Code.SX_NOTFOUND, of(new RecordNotFoundException("没有案件罚-9")).code());
        assertEquals(Code.SX_NOTFOUND, of(new ReviewNotFoundException("没有编号为9的法制审核申请")).code());
        assertEquals(Code.SX_NOTFOUND, of(new PublicationNotFoundException("没有编号为9的公示")).code());
        CodedFault cert = of(new CertificateRefusedException("执法人员张三的执法证已于2026-01-01过期"));
        assertEquals(Code.SX_RULE, cert.code());
        assertEquals("持证上岗(R-D4): 执法人员张三的执法证已于2026-01-01过期", cert.text());
        assertTrue(of(new RecordsException("案件罚-1已归档,不能再添加文书")).text().startsWith("执法全过程记录(R-R1): "));
        assertTrue(of(new ReviewException("审核事项未全部答复")).text().startsWith("重大执法决定法制审核(R-L1~R-L6): "));
        CodedFault publication = of(new PublicationRefusedException("公示信息不完整",
                List.of(new Violation("行政处罚决定书文号", "必填"))));
        assertEquals(Code.SX_RULE, publication.code());
        assertTrue(publication.text().startsWith("行政执法公示(R-D1、R-D5): "), publication.text());
        assertEquals(List.of("行政处罚决定书文号: 必填"), publication.items());
        CodedFault draw = of(new DrawImpossibleException(List.of("企业一: 持证检查人员不足2人")));
        assertTrue(draw.text().startsWith("双随机一公开(R-D3b): "), draw.text());
        assertEquals(Code.SX_INPUT, of(new IllegalArgumentException("统一社会信用代码校验位错误")).code());
        assertEquals(Code.SX_AUTH, of(new SecurityException("无权调用")).code());
    }

    @Test
    void whatIsAwayForAMomentIsRetriableAndWhatIsBrokenIsNotARefusal() {
        assertEquals(Code.SX_UNAVAILABLE, of(new ServiceUnavailableException("timeout", "(objectClass=x)")).code());
        assertEquals(Code.SX_UNAVAILABLE, of(new PersistenceException(new SQLException("Connection refused",
                "08S01"))).code());
        assertNull(Refusals.of(new IllegalStateException("a bug")), "internal errors are SX-INTERNAL, undescribed");
        assertNull(Refusals.of(new NullPointerException()));
    }
}
