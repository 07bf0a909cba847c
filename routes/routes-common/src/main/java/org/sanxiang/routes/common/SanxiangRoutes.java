package org.sanxiang.routes.common;

import java.net.URL;
import org.apache.camel.Endpoint;
import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.cxf.jaxws.CxfEndpoint;
import org.apache.camel.model.RouteDefinition;

/**
 * Base of every route builder of the hub: the one error handling all routes share, then the routes. An
 * exception is logged with the route id, the exchange id and the journal facts, and is not swallowed —
 * a transacted JMS route rolls back so that the broker redelivers (and finally dead-letters), a SOAP
 * route answers with a fault. Every SOAP endpoint is built with {@link #soapEndpoint} and its route with
 * {@link #inbound} (the one inbound pattern). A {@link CodedFault} (a refusal the route classified for its caller) is logged at INFO,
 * without a stack trace.
 */
public abstract class SanxiangRoutes extends RouteBuilder {

    @Override
    public final void configure() throws Exception {
        // a refusal the route classified (a coded fault for the caller) is an answer, not an error of the hub
        onException(CodedFault.class)
                .handled(false)
                .logExhausted(false)
                .logStackTrace(false)
                .log(LoggingLevel.INFO, "org.sanxiang.routes",
                        "${routeId} refused ${header." + Journal.SOURCE + "}/${header." + Journal.MESSAGE_ID
                                + "}: ${exception.message}");
        onException(Exception.class)
                .handled(false)
                .log(LoggingLevel.ERROR, "org.sanxiang.routes",
                        "${routeId} failed for ${header." + Journal.SOURCE + "}/${header." + Journal.MESSAGE_ID
                                + "} (exchange ${exchangeId}): ${exception.message}");
        routes();
    }

    /** Declares the routes of the builder. */
    protected abstract void routes() throws Exception;

    /**
     * A WSDL-first SOAP endpoint of the hub served through Camel CXF (POJO data format): the contract's service
     * {@code {namespace}<name>Service} and port {@code {namespace}<name>Port} of {@code portType}, the WSDL next to
     * the port type, the endpoint's {@link SoapEndpointSecurity} bean (WS-Security with replay protection, schema
     * validation, size and depth limits, coded Chinese faults) and the {@link EntryHeaderFilter} that drops every
     * incoming {@code Camel*} header.
     *
     * @param address  the endpoint address, usually a placeholder such as {@code {{hallwindow.address}}}
     * @param security the id of the endpoint's {@link SoapEndpointSecurity} bean in the blueprint
     * @param options  further endpoint options, e.g. {@code mtomEnabled=true}
     */
    protected final CxfEndpoint soapEndpoint(String address, Class<?> portType,
            String namespace, String name, String wsdl, String security, String... options) {
        StringBuilder uri = new StringBuilder("cxf:").append(address)
                .append("?serviceClass=").append(portType.getName())
                .append("&serviceName={").append(namespace).append('}').append(name).append("Service")
                .append("&endpointName={").append(namespace).append('}').append(name).append("Port")
                .append("&cxfConfigurer=#").append(security)
                .append("&headerFilterStrategy=#entryHeaderFilter");
        for (String option : options) {
            uri.append('&').append(option);
        }
        uri.append("&dataFormat=POJO");
        CxfEndpoint endpoint = getContext().getEndpoint(uri.toString(),
                CxfEndpoint.class);
        URL contract = portType.getResource(wsdl);
        if (contract == null) {
            throw new IllegalStateException("WSDL " + wsdl + " not found next to " + portType.getName());
        }
        endpoint.setWsdlURL(contract.toExternalForm());
        return endpoint;
    }

    /**
     * The route of the one inbound pattern ({@link InboundOperations}): identify → perform → journal → answer, with
     * the step ids {@code <routeId>.identify|perform|journal|answer} for the console and the metrics.
     */
    protected final RouteDefinition inbound(Endpoint endpoint, String routeId,
            InboundOperations operations, JournalSender journal) {
        return from(endpoint)
                .routeId(routeId)
                .process(operations::identify).id(routeId + ".identify")
                .process(operations::perform).id(routeId + ".perform")
                .process(journal).id(routeId + ".journal")
                .process(operations::answer).id(routeId + ".answer");
    }
}
