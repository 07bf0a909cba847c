package org.sanxiang.routes.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javax.xml.namespace.QName;
import javax.xml.stream.XMLStreamException;
import org.apache.cxf.interceptor.Fault;
import org.apache.cxf.message.Message;
import org.apache.cxf.message.MessageImpl;
import org.junit.jupiter.api.Test;
import org.xml.sax.SAXParseException;

/** Faults carry a stable code and a Chinese message for counter staff; internals are not disclosed. */
class FaultTranslatorTest {

    private static Fault translate(Fault fault) {
        Message m = new MessageImpl();
        m.setContent(Exception.class, fault);
        new FaultTranslator("test").handleMessage(m);
        return fault;
    }

    @Test
    void malformedXmlIsSxXml() {
        Fault f = translate(new Fault(new XMLStreamException("Unexpected EOF in prolog")));
        assertTrue(f.getMessage().startsWith("SX-XML: 请求报文不是合法的XML"), f.getMessage());
        assertEquals("SX-XML", f.getDetail().getFirstChild().getTextContent());
        assertEquals(FaultTranslator.NS, f.getDetail().getFirstChild().getNamespaceURI());
    }

    @Test
    void schemaViolationIsSxSchema() {
        Fault f = translate(new Fault(new SAXParseException("cvc-complex-type.2.4.a: Invalid content", null)));
        assertTrue(f.getMessage().startsWith("SX-SCHEMA: 请求报文不符合接口规范"), f.getMessage());
    }

    @Test
    void securityFaultsAreSxAuthWithoutDetails() {
        Fault fault = new Fault(new RuntimeException("The security token could not be authenticated or authorized"));
        fault.setFaultCode(new QName("http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd",
                "FailedAuthentication"));
        Fault f = translate(fault);
        assertEquals("SX-AUTH: " + FaultTranslator.Code.SX_AUTH.text(), f.getMessage());
    }

    @Test
    void aWss4jRefusalIsSxAuthWithoutItsText() {
        Fault f = translate(new Fault(new org.apache.wss4j.common.ext.WSSecurityException(
                org.apache.wss4j.common.ext.WSSecurityException.ErrorCode.INVALID_SECURITY)));
        assertEquals("SX-AUTH: " + FaultTranslator.Code.SX_AUTH.text(), f.getMessage());
    }

    @Test
    void whatDoesNotExistIsSxNotFoundButAMissingClassIsInternal() {
        class NoSuchCase extends RuntimeException implements org.sanxiang.api.domain.NotFound {
            NoSuchCase() {
                super("没有案件: 长自然资罚〔2026〕9号");
            }
        }
        assertEquals("SX-NOTFOUND: 没有案件: 长自然资罚〔2026〕9号", translate(new Fault(new NoSuchCase())).getMessage());
        Fault missingClass = translate(new Fault(new ClassNotFoundException("org.apache.wss4j.common.cache.EHCacheValue")));
        assertEquals("SX-INTERNAL: " + FaultTranslator.Code.SX_INTERNAL.text(), missingClass.getMessage());
    }

    @Test
    void aReplayStoreThatCannotAnswerIsTheRetriableSxUnavailable() {
        Fault f = translate(new Fault(NonceCache.unavailable()));
        assertTrue(f.getMessage().startsWith("SX-UNAVAILABLE: 重放校验暂不可用"), f.getMessage());
        assertEquals("SX-UNAVAILABLE", f.getDetail().getFirstChild().getTextContent());
    }

    @Test
    void aRouteStoppingUnderTheRequestIsTheRetriableSxUnavailable() {
        Fault f = translate(new Fault(new java.util.concurrent.RejectedExecutionException()));
        assertEquals("SX-UNAVAILABLE: " + FaultTranslator.Code.SX_UNAVAILABLE.text(), f.getMessage());
    }

    @Test
    void oversizedRequestsAreSxSize() {
        Fault f = translate(new Fault(new java.io.IOException("请求报文超过大小上限 10 字节 / request body exceeds 10 bytes")));
        assertTrue(f.getMessage().startsWith("SX-SIZE"), f.getMessage());
    }

    @Test
    void internalErrorsAreNotDescribedToTheCaller() {
        Fault f = translate(new Fault(new IllegalStateException("jdbc:h2:file:/secret/path is locked")));
        assertTrue(f.getMessage().startsWith("SX-INTERNAL"), f.getMessage());
        assertFalse(f.getMessage().contains("/secret/path"), f.getMessage());
    }

    @Test
    void aCodedRefusalIsAnsweredWithItsCodeTextAndItems() {
        Fault f = translate(new Fault(new CodedFault(FaultTranslator.Code.SX_GATE,
                "关卡不允许: 案件不能从审查转入决定", java.util.List.of("关卡“法制审核”(R-L1): 未经法制审核不得作出决定"))));
        assertEquals("SX-GATE: 关卡不允许: 案件不能从审查转入决定", f.getMessage());
        assertEquals("SX-GATE", f.getDetail().getFirstChild().getTextContent());
        assertEquals("关卡“法制审核”(R-L1): 未经法制审核不得作出决定", f.getDetail().getLastChild().getTextContent());
        assertEquals("item", f.getDetail().getLastChild().getLocalName());
    }

    @Test
    void noFaultCarriesAJavaClassNameOrAnExceptionsMessage() {
        for (Exception cause : java.util.List.of(new ClassNotFoundException("org.apache.wss4j.common.cache.EHCacheValue"),
                new IllegalArgumentException("No enum constant org.sanxiang.api.domain.IdType.FOO"),
                new IllegalStateException("java.lang.NullPointerException at org.sanxiang.X.y(X.java:1)"),
                new RuntimeException("Exception in thread main"))) {
            Fault f = translate(new Fault(cause));
            assertTrue(f.getMessage().matches("SX-[A-Z]+: [^a-z.]*/ [^.]*[^.]"), f.getMessage());
            assertFalse(f.getMessage().contains("org."), f.getMessage());
            assertFalse(f.getMessage().contains("Exception"), f.getMessage());
        }
    }

    @Test
    void aDomainMessageInChineseIsPassedOn() {
        Fault f = translate(new Fault(new IllegalArgumentException("统一社会信用代码校验位错误: 应为3")));
        assertEquals("SX-INPUT: 统一社会信用代码校验位错误: 应为3", f.getMessage());
        assertTrue(FaultTranslator.safe("执法证已于2026-01-01过期"));
        assertFalse(FaultTranslator.safe("java.lang.ClassNotFoundException: x"));
    }
}
