package org.sanxiang.routes.supervision;

import java.io.StringReader;
import java.util.List;
import javax.xml.bind.JAXBContext;
import javax.xml.bind.JAXBElement;
import javax.xml.bind.JAXBException;
import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.component.cxf.jaxws.CxfEndpoint;
import org.sanxiang.contracts.supervision.v1.DeliverRequest;
import org.sanxiang.contracts.supervision.v1.DeliverResponse;
import org.sanxiang.contracts.supervision.v1.ObjectFactory;
import org.sanxiang.contracts.supervision.v1.Rejection_Exception;
import org.sanxiang.contracts.supervision.v1.SupervisionReceiverPortType;
import org.sanxiang.routes.delivery.Answer;
import org.sanxiang.routes.delivery.QueuedMessage;
import org.sanxiang.routes.delivery.ReceiverBinding;

/**
 * The supervision office as the receiver of channel {@code supervision} (contract
 * {@code urn:sanxiang:supervision:v1}, operation {@code Deliver}): the outbox row's {@link DeliverRequest} is
 * sent as stored — the office keys on its business key + version. The declared fault {@code Rejection} (拒收)
 * is the office's final word (stored with its code and reason, not retried); anything else (503, timeout,
 * refused connection, broken reply) is retried. The client security is the bean {@code officeClientSecurity}
 * (the shared {@link org.sanxiang.routes.common.SoapClientSecurity}).
 */
public final class OfficeReceiver implements ReceiverBinding {

    static final String NS = "urn:sanxiang:supervision:v1";

    private final String url;
    private final JAXBContext jaxb;

    public OfficeReceiver(String url) {
        this.url = url;
        try {
            this.jaxb = JAXBContext.newInstance(ObjectFactory.class);
        } catch (JAXBException e) {
            throw new IllegalStateException("supervision contract classes not usable: " + e.getMessage(), e);
        }
    }

    @Override
    public Endpoint endpoint(CamelContext context) {
        CxfEndpoint office = context.getEndpoint("cxf:" + url
                + "?serviceClass=" + SupervisionReceiverPortType.class.getName()
                + "&serviceName={" + NS + "}SupervisionReceiverService"
                + "&endpointName={" + NS + "}SupervisionReceiverPort"
                + "&defaultOperationName=Deliver"
                + "&cxfConfigurer=#officeClientSecurity"
                + "&dataFormat=POJO", CxfEndpoint.class);
        office.setWsdlURL(SupervisionReceiverPortType.class.getResource("Supervision.wsdl").toExternalForm());
        return office;
    }

    @Override
    public void prepare(Exchange exchange, QueuedMessage message) {
        exchange.getMessage().setBody(parse(message.entry().payload()));
    }

    /** The stored message body (XML of a {@link DeliverRequest}) as the request object. */
    DeliverRequest parse(String xml) {
        try {
            Object o = jaxb.createUnmarshaller().unmarshal(new StringReader(xml));
            return (DeliverRequest) (o instanceof JAXBElement<?> e ? e.getValue() : o);
        } catch (JAXBException | ClassCastException e) {
            throw new IllegalStateException("stored supervision message unreadable: " + e.getMessage(), e);
        }
    }

    @Override
    public Answer answer(Exchange exchange) {
        Object body = exchange.getMessage().getBody();
        if (body instanceof List<?> list && !list.isEmpty()) {
            body = list.get(0);
        } else if (body instanceof Object[] array && array.length > 0) {
            body = array[0];
        }
        if (!(body instanceof DeliverResponse r)) {
            throw new IllegalStateException("the supervision office answered without a receipt: " + body);
        }
        return new Answer(r.getStatus(), r.getReceiptId());
    }

    @Override
    public String rejection(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof Rejection_Exception r) {
                return r.getFaultInfo() == null ? r.getMessage()
                        : r.getFaultInfo().getCode() + ": " + r.getFaultInfo().getReason();
            }
        }
        return null;
    }
}
