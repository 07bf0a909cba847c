package org.sanxiang.routes.common;

import java.util.concurrent.RejectedExecutionException;
import javax.xml.bind.UnmarshalException;
import javax.xml.namespace.QName;
import javax.xml.stream.XMLStreamException;
import org.apache.cxf.binding.soap.SoapFault;
import org.apache.cxf.interceptor.Fault;
import org.apache.cxf.message.Message;
import org.apache.cxf.phase.AbstractPhaseInterceptor;
import org.apache.cxf.phase.Phase;
import org.apache.wss4j.common.ext.WSSecurityException;
import org.sanxiang.api.domain.NotFound;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.SAXParseException;

/**
 * Gives every SOAP fault of a hub endpoint a stable code and a message counter staff can read
 * (Chinese first, English after the slash), e.g. {@code SX-AUTH}: 身份验证失败. The code also appears in the
 * fault detail as {@code <sx:code xmlns:sx="urn:sanxiang:faults:v1">}. Internal errors are not described
 * to the caller; the log keeps the original exception.
 */
public final class FaultTranslator extends AbstractPhaseInterceptor<Message> {

    public static final String NS = "urn:sanxiang:faults:v1";
    private static final Logger LOG = LoggerFactory.getLogger(FaultTranslator.class);
    private final String endpoint;

    /** A stable fault code and its bilingual text. */
    public enum Code {
        SX_AUTH("SX-AUTH", "身份验证失败：用户名或密码错误、缺少安全令牌或无权调用 / authentication failed"),
        SX_XML("SX-XML", "请求报文不是合法的XML / the request is not well-formed XML"),
        SX_SCHEMA("SX-SCHEMA", "请求报文不符合接口规范 / the request does not match the schema"),
        SX_SIZE("SX-SIZE", "请求报文过大 / the request is too large"),
        SX_DTD("SX-DTD", "请求报文含有DTD或实体声明，已拒绝 / DTDs and entity declarations are refused"),
        SX_DEPTH("SX-DEPTH", "请求报文嵌套过深或元素过多 / the request is nested too deeply or has too many elements"),
        SX_NOTFOUND("SX-NOTFOUND", "查询的记录不存在 / not found"),
        SX_INPUT("SX-INPUT", "请求内容有误 / the request was refused"),
        SX_CONFLICT("SX-CONFLICT", "请求编号已用于内容不同的请求，请使用新的请求编号 / the request id was used for a different "
                + "request"),
        SX_RULE("SX-RULE", "业务规则不允许 / refused by a rule"),
        SX_GATE("SX-GATE", "关卡不允许 / refused by a gate"),
        SX_UNAVAILABLE("SX-UNAVAILABLE", "服务暂不可用，请稍后用同一请求编号重试 / temporarily unavailable, retry with the same "
                + "request id"),
        SX_INTERNAL("SX-INTERNAL", "服务内部错误，请联系系统管理员 / internal error, please contact the administrator");

        private final String code;
        private final String text;

        Code(String code, String text) {
            this.code = code;
            this.text = text;
        }

        public String code() {
            return code;
        }

        public String text() {
            return text;
        }
    }

    public FaultTranslator(String endpoint) {
        super(Phase.PREPARE_SEND);
        this.endpoint = endpoint;
    }

    @Override
    public void handleMessage(Message message) {
        Exception ex = message.getContent(Exception.class);
        if (!(ex instanceof Fault)) {
            return;
        }
        Fault fault = (Fault) ex;
        if (declaredInContract(fault)) {
            // a fault the WSDL declares (e.g. 拒收 Rejection) is part of the contract: passed on unchanged
            LOG.info("SOAP {}: declared fault {}: {}", endpoint, fault.getCause().getClass().getSimpleName(),
                    fault.getMessage());
            return;
        }
        Element detail = fault.getOrCreateDetail();
        Document doc = detail.getOwnerDocument();
        CodedFault coded = coded(fault);
        Code code = coded != null ? coded.code() : classify(fault);
        String original = fault.getMessage();
        if (coded != null) {
            LOG.info("SOAP {}: refused ({}): {}", endpoint, code.code(), coded.text());
            fault.setMessage(code.code() + ": " + coded.text());
            for (String item : coded.items()) {
                Element e = doc.createElementNS(NS, "sx:item");
                e.setTextContent(item);
                detail.appendChild(e);
            }
        } else {
            switch (code) {
                case SX_INTERNAL:
                    LOG.error("SOAP {}: internal error answered as {}", endpoint, code.code(), fault);
                    fault.setMessage(code.code() + ": " + code.text());
                    break;
                case SX_INPUT:
                case SX_NOTFOUND:
                    LOG.info("SOAP {}: refused ({}): {}", endpoint, code.code(), original);
                    fault.setMessage(code.code() + ": " + (safe(original) ? original : code.text()));
                    break;
                default:
                    LOG.info("SOAP {}: refused ({}): {}", endpoint, code.code(), original);
                    fault.setMessage(code.code() + ": " + code.text()
                            + (code == Code.SX_AUTH || !safe(original) ? "" : " — " + original));
            }
        }
        if (message.getExchange() != null) {
            message.getExchange().put(SoapMeter.FAULT_CODE, code.code());
        }
        Element codeElement = doc.createElementNS(NS, "sx:code");
        codeElement.setTextContent(code.code());
        detail.insertBefore(codeElement, detail.getFirstChild());
    }

    private static final java.util.regex.Pattern JAVA_NAME =
            java.util.regex.Pattern.compile("\\b[a-z][a-z0-9_]*(\\.[a-z0-9_]+)+\\.[A-Z]\\w*|Exception|\\bat [a-z]\\w*\\.");

    /**
     * Whether a message may be shown to the caller: it must not carry a Java class name, an exception's name or a
     * stack frame (the log keeps those).
     */
    static boolean safe(String message) {
        return message != null && !message.isBlank() && !JAVA_NAME.matcher(message).find();
    }

    private static CodedFault coded(Fault fault) {
        for (Throwable t = fault; t != null; t = t.getCause()) {
            if (t instanceof CodedFault) {
                return (CodedFault) t;
            }
        }
        return null;
    }

    /** Whether the fault carries an exception the contract declares ({@code @WebFault}, generated from the WSDL). */
    static boolean declaredInContract(Fault fault) {
        Throwable cause = fault.getCause();
        return cause != null && cause.getClass().isAnnotationPresent(javax.xml.ws.WebFault.class);
    }

    static Code classify(Fault fault) {
        QName faultCode = fault.getFaultCode();
        String local = faultCode == null ? "" : faultCode.getLocalPart();
        if (local.contains("FailedAuthentication") || local.contains("InvalidSecurity")
                || local.contains("SecurityError") || local.contains("FailedCheck")) {
            return Code.SX_AUTH;
        }
        for (Throwable t = fault; t != null; t = t.getCause()) {
            String msg = String.valueOf(t.getMessage());
            if (t instanceof WSSecurityException || t instanceof SoapFault && msg.contains("security")) {
                return Code.SX_AUTH;
            }
            if (msg.contains("请求报文超过大小上限")) {
                return Code.SX_SIZE;
            }
            if (msg.contains("DTD") || msg.contains("DOCTYPE")) {
                return Code.SX_DTD;
            }
            if (msg.contains("Maximum Element Depth") || msg.contains("Maximum Number of Child Elements")
                    || msg.contains("Maximum Element Count") || msg.contains("Maximum Text Length")
                    || msg.contains("Maximum Number of Elements")) {
                return Code.SX_DEPTH;
            }
            if (t instanceof SecurityException) {
                return Code.SX_AUTH;
            }
            if (t instanceof RejectedExecutionException) {
                // the route is stopping under the request (its bundle being redeployed): the same request again is
                // served by the route that comes back
                return Code.SX_UNAVAILABLE;
            }
            if (t instanceof NotFound) {
                return Code.SX_NOTFOUND;
            }
            if (t instanceof SAXParseException || t instanceof UnmarshalException || msg.contains("cvc-")) {
                return Code.SX_SCHEMA;
            }
            if (t instanceof XMLStreamException) {
                // Woodstox's parsing errors (WstxParsingException, WstxEOFException) are XMLStreamExceptions
                return Code.SX_XML;
            }
            if (t instanceof IllegalArgumentException) {
                return Code.SX_INPUT;
            }
        }
        String msg = String.valueOf(fault.getMessage());
        if (msg.contains("Unmarshalling Error") || msg.contains("cvc-")) {
            return Code.SX_SCHEMA;
        }
        if (msg.contains("Unexpected") || msg.contains("XML") && msg.contains("pars")) {
            return Code.SX_XML;
        }
        return Code.SX_INTERNAL;
    }
}
