package org.sanxiang.routes.hubstatus;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.UUID;
import javax.xml.datatype.DatatypeConfigurationException;
import javax.xml.datatype.DatatypeFactory;
import javax.xml.datatype.XMLGregorianCalendar;
import org.apache.camel.Exchange;
import org.apache.camel.component.cxf.common.message.CxfConstants;
import org.apache.cxf.message.Message;
import org.sanxiang.api.health.HealthCheck;
import org.sanxiang.api.health.HealthStatus;
import org.sanxiang.contracts.hubstatus.v1.ComponentStatus;
import org.sanxiang.contracts.hubstatus.v1.GetStatusRequest;
import org.sanxiang.contracts.hubstatus.v1.GetStatusResponse;
import org.sanxiang.contracts.hubstatus.v1.Receipt;
import org.sanxiang.contracts.hubstatus.v1.State;
import org.sanxiang.routes.common.InboundOperations;
import org.sanxiang.routes.common.Journal;
import org.sanxiang.routes.common.PayloadCapture;

/**
 * The HubStatus adapter in the one inbound pattern ({@link InboundOperations}): the request id becomes the journal's
 * message id, the answer is built from the registered health checks with the receipt, then journaled, then answered.
 */
public final class StatusResponder extends InboundOperations {

    private final List<HealthCheck> checks;
    private final String version;
    private final DatatypeFactory datatypes;

    public StatusResponder(List<HealthCheck> checks, String version) throws DatatypeConfigurationException {
        this.checks = checks;
        this.version = version;
        this.datatypes = DatatypeFactory.newInstance();
    }

    /** The caller's request id (when given, else a new one) is the journal's message id and the receipt's. */
    @Override
    public void identify(Exchange exchange) {
        GetStatusRequest request = exchange.getIn().getBody(GetStatusRequest.class);
        String requestId = request == null ? null : request.getRequestId();
        exchange.getIn().setHeader(Journal.MESSAGE_ID, requestId == null || requestId.isBlank()
                ? UUID.randomUUID().toString() : requestId);
    }

    @Override
    public void perform(Exchange exchange) {
        try {
            answered(exchange, status(exchange), "OK");
        } catch (RuntimeException e) {
            kept(exchange, e, null);
        }
    }

    private GetStatusResponse status(Exchange exchange) {
        GetStatusResponse response = new GetStatusResponse();
        response.setHubVersion(version);
        List<HealthStatus> results = new ArrayList<>();
        for (HealthCheck check : List.copyOf(checks)) {
            results.add(checked(check));
        }
        results.sort(Comparator.comparing(HealthStatus::component));
        boolean allUp = !results.isEmpty();
        for (HealthStatus s : results) {
            ComponentStatus c = new ComponentStatus();
            c.setName(s.component());
            c.setState(s.isUp() ? State.UP : State.DOWN);
            c.setDetail(s.detail());
            c.setMillis(s.millis());
            response.getComponent().add(c);
            allUp &= s.isUp();
        }
        response.setOverall(allUp ? State.UP : State.DOWN);
        response.setCheckedAt(time(Instant.now()));
        Message cxf = exchange.getIn().getHeader(CxfConstants.CAMEL_CXF_MESSAGE, Message.class);
        Receipt receipt = new Receipt();
        receipt.setRequestId(exchange.getIn().getHeader(Journal.MESSAGE_ID, String.class));
        receipt.setReceivedAt(time((Instant) cxf.get(PayloadCapture.RECEIVED_AT)));
        receipt.setPayloadSha256((String) cxf.get(PayloadCapture.SHA256));
        response.setReceipt(receipt);
        return response;
    }

    /**
     * The check's answer; a check that breaks its contract and throws is that component DOWN (named, with the
     * exception's kind), not a failed GetStatus for every other component.
     */
    private static HealthStatus checked(HealthCheck check) {
        long start = System.nanoTime();
        try {
            HealthStatus status = check.check();
            return status != null ? status
                    : HealthStatus.down(check.component(), "检查无结果 / the check answered nothing", 0);
        } catch (RuntimeException e) {
            return HealthStatus.down(check.component(), "检查失败 / the check failed: " + e.getClass().getSimpleName(),
                    (System.nanoTime() - start) / 1_000_000);
        }
    }

    private XMLGregorianCalendar time(Instant instant) {
        return datatypes.newXMLGregorianCalendar(GregorianCalendar.from(
                OffsetDateTime.ofInstant(instant, ZoneOffset.ofHours(8)).toZonedDateTime()));
    }
}
