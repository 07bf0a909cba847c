package org.sanxiang.routes.common;

import org.apache.camel.Exchange;
import org.sanxiang.api.domain.NotFound;

/**
 * The one inbound pattern of every SOAP endpoint of the hub, after the endpoint authenticated the caller
 * ({@link SoapEndpointSecurity}): <b>identify</b> (operation, client, the journal's message id) → <b>perform</b>
 * (map the request, call the domain; a refusal or failure is kept, not thrown) → <b>journal</b> (the request's
 * facts with the outcome on the durable queue, {@link JournalSender}) → <b>answer</b> (the response, or the kept
 * refusal as a coded fault). {@link SanxiangRoutes#inbound} builds the route of these four steps; an adapter
 * implements the first two and maps its contract, nothing else.
 *
 * <p>So a request is journaled with what the hub did with it ({@code OK}, {@code REFUSED SX-INPUT},
 * {@code FAILED SX-INTERNAL}, …) before the caller hears of it, and a request the journal could not take is
 * answered with a fault (the caller retries with the same request id; a write the domain committed is answered
 * from its request log then).
 */
public abstract class InboundOperations {

    /** The exchange property holding what {@link #answer} throws. */
    private static final String FAILURE = "SanxiangFailure";

    /** Names the operation and the client and sets the journal's message id ({@link Journal#MESSAGE_ID}). */
    public abstract void identify(Exchange exchange);

    /**
     * Performs the request: sets the response with {@link #answered}, or keeps a refusal or failure with
     * {@link #kept}; never throws for what the domain refused.
     */
    public abstract void perform(Exchange exchange);

    /** Answers with the response {@link #perform} set, or throws what it kept (the endpoint turns it into a fault). */
    public final void answer(Exchange exchange) {
        RuntimeException failure = exchange.getProperty(FAILURE, RuntimeException.class);
        if (failure != null) {
            throw failure;
        }
    }

    /** The response of a performed request and its journal outcome (e.g. {@code OK}, {@code REPEATED}). */
    protected static void answered(Exchange exchange, Object response, String outcome) {
        exchange.getMessage().setBody(response);
        exchange.setProperty(Journal.OUTCOME, outcome);
    }

    /**
     * Keeps what {@link #answer} throws after the journal: a refusal of the domain ({@code code} not null: journaled
     * {@code REFUSED <code>}) or a failure of the hub ({@code code} null: journaled {@code FAILED SX-INTERNAL}).
     */
    protected static void kept(Exchange exchange, RuntimeException toThrow, FaultTranslator.Code code) {
        exchange.setProperty(FAILURE, toThrow);
        exchange.setProperty(Journal.OUTCOME, outcome(code));
    }

    /**
     * The fault code of a refusal by its type (never by a class name): a {@link CodedFault}'s own, a
     * {@link SecurityException} {@code SX-AUTH}, a domain {@link NotFound} {@code SX-NOTFOUND}, an
     * {@link IllegalArgumentException} {@code SX-INPUT}; null for anything else (a failure of the hub).
     */
    public static FaultTranslator.Code refusalCode(RuntimeException e) {
        if (e instanceof CodedFault) {
            return ((CodedFault) e).code();
        }
        if (e instanceof SecurityException) {
            return FaultTranslator.Code.SX_AUTH;
        }
        if (e instanceof NotFound) {
            return FaultTranslator.Code.SX_NOTFOUND;
        }
        if (e instanceof IllegalArgumentException) {
            return FaultTranslator.Code.SX_INPUT;
        }
        return null;
    }

    /** The journal outcome of a refusal with {@code code}, or of a failure of the hub when it is null. */
    public static String outcome(FaultTranslator.Code code) {
        return code == null ? "FAILED " + FaultTranslator.Code.SX_INTERNAL.code() : "REFUSED " + code.code();
    }
}
