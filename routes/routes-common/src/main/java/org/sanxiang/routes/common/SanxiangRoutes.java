package org.sanxiang.routes.common;

import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;

/**
 * Base of every route builder of the hub: the one error handling all routes share, then the routes. An
 * exception is logged with the route id, the exchange id and the journal facts, and is not swallowed —
 * a transacted JMS route rolls back so that the broker redelivers (and finally dead-letters), a SOAP
 * route answers with a fault. A {@link CodedFault} (a refusal the route classified for its caller) is logged at INFO,
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
}
