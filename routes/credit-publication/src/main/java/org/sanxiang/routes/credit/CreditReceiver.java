package org.sanxiang.routes.credit;

import java.time.Clock;
import java.util.List;
import java.util.regex.Pattern;
import javax.xml.namespace.QName;
import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.component.cxf.common.message.CxfConstants;
import org.apache.camel.component.cxf.jaxws.CxfEndpoint;
import org.apache.cxf.binding.soap.SoapFault;
import org.sanxiang.api.disclosure.Publications;
import org.sanxiang.contracts.credit.v1.CreditPublicationPortType;
import org.sanxiang.contracts.credit.v1.CreditRecord;
import org.sanxiang.contracts.credit.v1.Field;
import org.sanxiang.contracts.credit.v1.PublishInspectionResultRequest;
import org.sanxiang.contracts.credit.v1.PublishPenaltyRequest;
import org.sanxiang.contracts.credit.v1.PublishPermitRequest;
import org.sanxiang.contracts.credit.v1.Receipt;
import org.sanxiang.contracts.credit.v1.RecordType;
import org.sanxiang.contracts.credit.v1.RejectionFault;
import org.sanxiang.contracts.credit.v1.RevokeRequest;
import org.sanxiang.contracts.credit.v1.UpdateRequest;
import org.sanxiang.routes.delivery.Answer;
import org.sanxiang.routes.delivery.QueuedMessage;
import org.sanxiang.routes.delivery.ReceiverBinding;

/**
 * The national credit publication system as the credit channel's receiver (contract
 * {@code urn:sanxiang:credit-publication:v1}): the disclosure payload mapped through the configured field
 * mapping into the operation of its action — PublishPermit, PublishPenalty, Update, Revoke (with the public
 * reason), PublishInspectionResult. A declared rejection (拒收) or a client fault (schema, content) is the
 * receiver's final word on the content; anything else (unreachable, 503, timeout, broken reply, server fault,
 * authentication) is retried. An acknowledged receipt is recorded against the outbox entry, which the
 * deadline monitor counts.
 */
public final class CreditReceiver implements ReceiverBinding {

    static final String NS = "urn:sanxiang:credit-publication:v1";
    private static final Pattern PARTY_CODE = Pattern.compile("统一社会信用代码|检查对象[0-9]+统一社会信用代码");

    private final String url;
    private final FieldMapping mapping;
    private final String regionCode;
    private final String sourceUnit;
    private final Publications publications;
    private final Clock clock;

    public CreditReceiver(String url, String mapping, String mappingDir, String regionCode, String sourceUnit,
                          Publications publications) {
        this(url, FieldMapping.load(mapping, mappingDir), regionCode, sourceUnit, publications, Clock.systemUTC());
    }

    CreditReceiver(String url, FieldMapping mapping, String regionCode, String sourceUnit, Publications publications,
                   Clock clock) {
        this.url = url;
        this.mapping = mapping;
        this.regionCode = regionCode;
        this.sourceUnit = sourceUnit;
        this.publications = publications;
        this.clock = clock;
    }

    @Override
    public Endpoint endpoint(CamelContext context) {
        CxfEndpoint endpoint = context.getEndpoint("cxf:" + url
                + "?serviceClass=" + CreditPublicationPortType.class.getName()
                + "&serviceName={" + NS + "}CreditPublicationService"
                + "&endpointName={" + NS + "}CreditPublicationPort"
                + "&cxfConfigurer=#creditClientSecurity"
                + "&dataFormat=POJO", CxfEndpoint.class);
        endpoint.setWsdlURL(CreditPublicationPortType.class.getResource("CreditPublication.wsdl").toExternalForm());
        return endpoint;
    }

    @Override
    public void prepare(Exchange exchange, QueuedMessage message) {
        DisclosurePayload payload = DisclosurePayload.parse(message.entry().payload());
        Object[] call = request(payload);
        exchange.getMessage().setHeader(CxfConstants.OPERATION_NAME, call[0]);
        exchange.getMessage().setHeader(CxfConstants.OPERATION_NAMESPACE, NS);
        exchange.getMessage().setBody(call[1]);
    }

    /** The operation name and the request object for a payload. */
    Object[] request(DisclosurePayload payload) {
        CreditRecord record = record(payload);
        switch (payload.action()) {
            case "PUBLISH":
                if (record.getRecordType() == RecordType.PENALTY) {
                    PublishPenaltyRequest r = new PublishPenaltyRequest();
                    r.setRecord(record);
                    return new Object[] {"PublishPenalty", r};
                }
                PublishPermitRequest p = new PublishPermitRequest();
                p.setRecord(record);
                return new Object[] {"PublishPermit", p};
            case "UPDATE":
                UpdateRequest u = new UpdateRequest();
                u.setRecord(record);
                return new Object[] {"Update", u};
            case "REVOKE":
                RevokeRequest v = new RevokeRequest();
                v.setRecord(record);
                String reason = payload.revocationReason();
                v.setReason(reason == null || reason.isBlank() ? "撤销" : reason);
                return new Object[] {"Revoke", v};
            case "INSPECTION_RESULT":
                PublishInspectionResultRequest i = new PublishInspectionResultRequest();
                i.setRecord(record);
                return new Object[] {"PublishInspectionResult", i};
            default:
                throw new IllegalArgumentException("unknown outbox action " + payload.action());
        }
    }

    CreditRecord record(DisclosurePayload payload) {
        CreditRecord r = new CreditRecord();
        r.setBusinessKey(payload.businessKey());
        r.setPublicationId(payload.publicationId());
        r.setVersion(payload.version());
        r.setRecordType(RecordType.fromValue(payload.recordType()));
        r.setFieldSet(mapping.fieldSet());
        String unit = payload.fields().get("数据来源单位");
        r.setSourceUnit(unit == null || unit.isBlank() ? sourceUnit : unit);
        payload.fields().forEach((name, value) -> {
            if (PARTY_CODE.matcher(name).matches() && value != null && !value.isBlank()) {
                r.getSubjectCode().add(value.strip());
            }
        });
        for (String[] f : mapping.map(payload, regionCode, clock.instant())) {
            Field field = new Field();
            field.setCode(f[0]);
            field.setValue(f[1].length() > 4000 ? f[1].substring(0, 4000) : f[1]);
            r.getField().add(field);
        }
        return r;
    }

    @Override
    public Answer answer(Exchange exchange) {
        Object body = exchange.getMessage().getBody();
        if (body instanceof List<?> list && !list.isEmpty()) {
            body = list.get(0);
        }
        if (!(body instanceof Receipt receipt)) {
            throw new IllegalStateException("the receiver answered without a receipt: " + body);
        }
        if (!message(exchange).equals(receipt.getBusinessKey())) {
            throw new IllegalStateException("the receiver's receipt " + receipt.getReceiptId() + " names "
                    + receipt.getBusinessKey() + ", not " + message(exchange));
        }
        return new Answer(receipt.getStatus(), receipt.getReceiptId());
    }

    private static String message(Exchange exchange) {
        return exchange.getProperty("SanxiangQueuedMessage", QueuedMessage.class).entry().businessKey();
    }

    @Override
    public String rejection(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof RejectionFault r) {
                return r.getFaultInfo() == null ? r.getMessage()
                        : r.getFaultInfo().getCode() + ": " + r.getFaultInfo().getReason();
            }
            if (t instanceof SoapFault f && f.getCause() == null && isClientFault(f.getFaultCode()) && !isSecurity(f)) {
                // a fault the receiver sent about the request (no local cause: not a reply broken on the way)
                return "SOAP-CLIENT: " + f.getMessage();
            }
        }
        return null;
    }

    private static boolean isClientFault(QName code) {
        return code != null && (code.getLocalPart().equals("Client") || code.getLocalPart().equals("Sender"));
    }

    private static boolean isSecurity(SoapFault f) {
        String m = String.valueOf(f.getMessage());
        QName sub = f.getSubCode();
        return m.contains("SX-AUTH") || m.toLowerCase().contains("security")
                || (sub != null && sub.getNamespaceURI().contains("wss"));
    }

    @Override
    public void delivered(QueuedMessage message, Answer answer) {
        publications.acknowledged(message.entry().sourceId(), answer.receipt());
    }
}
