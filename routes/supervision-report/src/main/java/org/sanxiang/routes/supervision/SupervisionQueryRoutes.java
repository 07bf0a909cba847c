package org.sanxiang.routes.supervision;

import org.apache.camel.Exchange;
import org.apache.camel.component.cxf.common.message.CxfConstants;
import org.apache.camel.component.cxf.jaxws.CxfEndpoint;
import org.sanxiang.contracts.supervision.v1.GetAccessLogRequest;
import org.sanxiang.contracts.supervision.v1.GetCaseTrailRequest;
import org.sanxiang.contracts.supervision.v1.GetConsistencyProofRequest;
import org.sanxiang.contracts.supervision.v1.GetInclusionProofRequest;
import org.sanxiang.contracts.supervision.v1.SupervisionQueryPortType;
import org.sanxiang.routes.common.JournalSender;
import org.sanxiang.routes.common.SanxiangRoutes;

/**
 * Route {@code supervision.query}: the office's queries at the hub (SupervisionQueryService, WSDL-first,
 * WS-Security role {@code supervision}), journaled like every inbound request, dispatched by operation.
 */
public final class SupervisionQueryRoutes extends SanxiangRoutes {

    static final String SOURCE = "supervision-query";

    private final SupervisionQueries queries;

    public SupervisionQueryRoutes(SupervisionQueries queries) {
        this.queries = queries;
    }

    @Override
    protected void routes() {
        CxfEndpoint endpoint = getContext().getEndpoint("cxf:{{supervision.query.address}}"
                + "?serviceClass=" + SupervisionQueryPortType.class.getName()
                + "&serviceName={urn:sanxiang:supervision:v1}SupervisionQueryService"
                + "&endpointName={urn:sanxiang:supervision:v1}SupervisionQueryPort"
                + "&cxfConfigurer=#supervisionQuerySecurity"
                + "&headerFilterStrategy=#entryHeaderFilter"
                + "&dataFormat=POJO", CxfEndpoint.class);
        endpoint.setWsdlURL(SupervisionQueryPortType.class.getResource("Supervision.wsdl").toExternalForm());

        from(endpoint)
                .routeId("supervision.query")
                .process(new JournalSender(SOURCE, "jms:queue:{{journal.queue}}")).id("supervision.query.journal")
                .process(this::answer).id("supervision.query.answer");
    }

    private void answer(Exchange exchange) {
        String operation = exchange.getMessage().getHeader(CxfConstants.OPERATION_NAME, String.class);
        Object request = exchange.getMessage().getBody(Object[].class)[0];
        Object response = switch (operation) {
            case "GetCaseTrail" -> queries.trail((GetCaseTrailRequest) request);
            case "GetAccessLog" -> queries.accessLog((GetAccessLogRequest) request);
            case "GetConsistencyProof" -> queries.consistency((GetConsistencyProofRequest) request);
            case "GetInclusionProof" -> queries.inclusion((GetInclusionProofRequest) request);
            default -> throw new IllegalArgumentException("不支持的操作: " + operation);
        };
        exchange.getMessage().setBody(response);
    }
}
