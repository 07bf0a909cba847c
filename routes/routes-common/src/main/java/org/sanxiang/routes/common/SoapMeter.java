package org.sanxiang.routes.common;

import java.util.Optional;
import org.apache.cxf.message.Exchange;
import org.apache.cxf.message.Message;
import org.apache.cxf.phase.AbstractPhaseInterceptor;
import org.apache.cxf.phase.Phase;
import org.apache.cxf.service.model.BindingOperationInfo;
import org.sanxiang.api.metrics.HubMeters;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Counts every answered request of a hub endpoint — its operation, its outcome ({@code OK} or the fault code
 * {@link FaultTranslator} gave it) and the time from the first byte received to the answer — at the
 * {@link HubMeters} of the metrics module, when that runs. Installed on the normal and the fault chain.
 */
final class SoapMeter extends AbstractPhaseInterceptor<Message> {

    private static final Logger LOG = LoggerFactory.getLogger(SoapMeter.class);

    /** Exchange property: {@link System#nanoTime()} when the first byte was read. */
    static final String STARTED = "sanxiang.soap.started";
    /** Exchange property: the fault code answered. */
    static final String FAULT_CODE = "sanxiang.soap.faultCode";

    private final String endpoint;
    private final OptionalService<HubMeters> meters;

    SoapMeter(String endpoint) {
        super(Phase.SEND_ENDING);
        this.endpoint = endpoint;
        this.meters = ServiceAtUse.forBundleOf(SoapMeter.class, HubMeters.class);
    }

    @Override
    public void handleMessage(Message message) {
        Exchange exchange = message.getExchange();
        Object started = exchange.get(STARTED);
        long nanos = started instanceof Long ? System.nanoTime() - (Long) started : 0;
        String operation = Optional.ofNullable(exchange.getBindingOperationInfo()).map(BindingOperationInfo::getName)
                .map(q -> q.getLocalPart()).orElse("unknown");
        Object code = exchange.get(FAULT_CODE);
        String outcome = code == null ? "OK" : code.toString();
        try {
            meters.apply(m -> {
                m.soapCall(endpoint, operation, outcome, nanos);
                return Boolean.TRUE;
            });
        } catch (RuntimeException e) {
            // counting never costs a caller its answer (the metrics module may be stopping)
            LOG.debug("SOAP {} {}: not counted: {}", endpoint, operation, e.toString());
        }
    }
}
