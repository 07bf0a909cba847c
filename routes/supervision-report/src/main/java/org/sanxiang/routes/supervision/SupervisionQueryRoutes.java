package org.sanxiang.routes.supervision;

import java.util.UUID;
import org.apache.camel.Exchange;
import org.apache.camel.component.cxf.common.message.CxfConstants;
import org.sanxiang.contracts.supervision.v1.GetAccessLogRequest;
import org.sanxiang.contracts.supervision.v1.GetCaseTrailRequest;
import org.sanxiang.contracts.supervision.v1.GetConsistencyProofRequest;
import org.sanxiang.contracts.supervision.v1.GetInclusionProofRequest;
import org.sanxiang.contracts.supervision.v1.SupervisionQueryPortType;
import org.sanxiang.routes.common.InboundOperations;
import org.sanxiang.routes.common.Journal;
import org.sanxiang.routes.common.JournalSender;
import org.sanxiang.routes.common.SanxiangRoutes;

/**
 * Route {@code supervision.query}: the office's queries at the hub (SupervisionQueryService, WSDL-first,
 * WS-Security role {@code supervision}) in the one inbound pattern: each query is answered by
 * {@link SupervisionQueries}, journaled with its outcome like every inbound request, then answered.
 */
public final class SupervisionQueryRoutes extends SanxiangRoutes {

    static final String SOURCE = "supervision-query";

    private final Operations operations;

    public SupervisionQueryRoutes(SupervisionQueries queries) {
        this.operations = new Operations(queries);
    }

    @Override
    protected void routes() {
        inbound(soapEndpoint("{{supervision.query.address}}", SupervisionQueryPortType.class,
                        "urn:sanxiang:supervision:v1", "SupervisionQuery", "Supervision.wsdl",
                        "supervisionQuerySecurity"),
                "supervision.query", operations, new JournalSender(SOURCE, "jms:queue:{{journal.queue}}"));
    }

    /** The four queries of the contract, dispatched by operation name. */
    static final class Operations extends InboundOperations {

        private final SupervisionQueries queries;

        Operations(SupervisionQueries queries) {
            this.queries = queries;
        }

        /** The queries carry no request id: each one is journaled under a new id. */
        @Override
        public void identify(Exchange exchange) {
            exchange.getIn().setHeader(Journal.MESSAGE_ID, UUID.randomUUID().toString());
        }

        @Override
        public void perform(Exchange exchange) {
            try {
                answered(exchange, query(exchange), "OK");
            } catch (RuntimeException e) {
                kept(exchange, e, refusalCode(e));
            }
        }

        private Object query(Exchange exchange) {
            String operation = exchange.getMessage().getHeader(CxfConstants.OPERATION_NAME, String.class);
            Object request = exchange.getMessage().getBody(Object[].class)[0];
            return switch (operation) {
                case "GetCaseTrail" -> queries.trail((GetCaseTrailRequest) request);
                case "GetAccessLog" -> queries.accessLog((GetAccessLogRequest) request);
                case "GetConsistencyProof" -> queries.consistency((GetConsistencyProofRequest) request);
                case "GetInclusionProof" -> queries.inclusion((GetInclusionProofRequest) request);
                default -> throw new IllegalArgumentException("不支持的操作: " + operation);
            };
        }
    }
}
