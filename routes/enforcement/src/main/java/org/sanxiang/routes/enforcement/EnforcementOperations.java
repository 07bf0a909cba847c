package org.sanxiang.routes.enforcement;

import java.io.StringReader;
import java.io.StringWriter;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiFunction;
import javax.xml.bind.JAXBContext;
import javax.xml.bind.JAXBException;
import javax.xml.bind.Marshaller;
import org.apache.camel.Exchange;
import org.apache.camel.component.cxf.common.message.CxfConstants;
import org.sanxiang.api.records.AccessRequest;
import org.sanxiang.contracts.enforcement.v1.ObjectFactory;
import org.sanxiang.contracts.enforcement.v1.Receipt;
import org.sanxiang.routes.common.ClientRegistry;
import org.sanxiang.routes.common.CodedFault;
import org.sanxiang.routes.common.ContractTimes;
import org.sanxiang.routes.common.FaultTranslator.Code;
import org.sanxiang.routes.common.InboundOperations;
import org.sanxiang.routes.common.Journal;
import org.sanxiang.routes.common.PayloadCapture;
import org.sanxiang.routes.common.UsernameTokenAuthenticator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The operations of the Enforcement service and the three steps of route {@code enforcement.request} that run
 * them: {@link #identify} (operation, client, request id), {@link #perform} (the role check, then the operation —
 * a write through the {@link RequestLog}, so that a repeat is answered with the first answer — with a refusal kept
 * as a coded fault, not thrown, so that the journal records it) and {@link #answer}. The operations themselves
 * are registered by the mapping classes ({@link RegisterOperations}, {@link CaseOperations},
 * {@link ReviewOperations}, {@link DisclosureOperations}); they translate between the contract and the domain and
 * decide nothing.
 */
public final class EnforcementOperations extends InboundOperations {

    /** The roles of the service's callers. */
    static final String CASES = "case-system";
    static final String REVIEW = "reviewer";
    static final String DISCLOSURE = "disclosure";
    static final String REGISTERS = "registers";

    private static final String OPERATION = "SanxiangOperation";
    private static final String CLIENT = "SanxiangClient";
    private static final Logger LOG = LoggerFactory.getLogger(EnforcementOperations.class);

    /** What an operation sees of its call: who (client, operator), which request, when. */
    record Call(String client, String operator, String requestId, Receipt receipt, LocalDate today) {

        /** The logged read of a record (调阅): the operator at the calling system, and why. */
        AccessRequest access(String purpose) {
            String who = operator + "@" + client;
            return new AccessRequest(who.length() <= 100 ? who : who.substring(0, 100),
                    purpose + " (enforcement " + requestId + ")");
        }
    }

    /** One operation of the contract: its request type, whether it writes, who may call it, what it does. */
    record Operation<T>(String name, Class<T> type, boolean write, Set<String> roles, BiFunction<T, Call, Object> run,
                        MethodHandle requestId, MethodHandle operator, Attachment attachment) {

        Object perform(Object request, Call call) {
            return run.apply(type.cast(request), call);
        }
    }

    /** Where the mapping classes register their operations. */
    final class Table {

        <T> void write(String name, Class<T> type, Set<String> roles, BiFunction<T, Call, Object> run) {
            add(name, type, true, roles, run);
        }

        <T> void read(String name, Class<T> type, Set<String> roles, BiFunction<T, Call, Object> run) {
            add(name, type, false, roles, run);
        }

        private <T> void add(String name, Class<T> type, boolean write, Set<String> roles,
                             BiFunction<T, Call, Object> run) {
            try {
                MethodHandles.Lookup lookup = MethodHandles.publicLookup();
                MethodHandle requestId = lookup.findVirtual(type, "getRequestId", MethodType.methodType(String.class));
                MethodHandle operator = lookup.findVirtual(type, "getOperator", MethodType.methodType(String.class));
                if (operations.put(name, new Operation<>(name, type, write, Set.copyOf(roles), run, requestId,
                        operator, Attachment.of(type))) != null) {
                    throw new IllegalStateException("operation " + name + " registered twice");
                }
            } catch (NoSuchMethodException | IllegalAccessException e) {
                throw new IllegalStateException("request type " + type.getSimpleName()
                        + " lacks requestId/operator", e);
            }
        }
    }

    private final Map<String, Operation<?>> operations = new HashMap<>();
    private final RequestLog requests;
    private final JAXBContext jaxb;

    public EnforcementOperations(RequestLog requests, RegisterOperations registers, CaseOperations cases,
                                 ReviewOperations review, DisclosureOperations disclosure) {
        this.requests = requests;
        try {
            this.jaxb = JAXBContext.newInstance(ObjectFactory.class);
        } catch (JAXBException e) {
            throw new IllegalStateException("cannot build the JAXB context of the enforcement contract", e);
        }
        Table table = new Table();
        registers.register(table);
        cases.register(table);
        review.register(table);
        disclosure.register(table);
    }

    /** The operations with the roles that may call them, by name (for the docs and the tests). */
    Map<String, Set<String>> roles() {
        Map<String, Set<String>> out = new TreeMap<>();
        operations.forEach((n, op) -> out.put(n, op.roles()));
        return out;
    }

    /** The names of the operations that write. */
    Set<String> writes() {
        Set<String> out = new java.util.TreeSet<>();
        operations.forEach((n, op) -> {
            if (op.write()) {
                out.add(n);
            }
        });
        return out;
    }

    // ---------------------------------------------------------------- route steps

    /** Names the operation and the client and sets the journal's message id: {@code <client>/<requestId>}. */
    @Override
    public void identify(Exchange exchange) {
        String name = exchange.getIn().getHeader(CxfConstants.OPERATION_NAME, String.class);
        Operation<?> op = operations.get(name);
        if (op == null) {
            throw new IllegalStateException("no handler for operation " + name);
        }
        ClientRegistry.Client client = (ClientRegistry.Client) cxf(exchange).get(UsernameTokenAuthenticator.CLIENT);
        if (client == null) {
            throw new IllegalStateException("no authenticated client on the message");
        }
        Object request = exchange.getIn().getBody(op.type());
        String requestId = text(op.requestId(), request);
        exchange.setProperty(OPERATION, op);
        exchange.setProperty(CLIENT, client);
        exchange.getIn().setHeader(Journal.MESSAGE_ID, client.name() + "/" + requestId);
        exchange.setProperty(Journal.MESSAGE_ID, requestId);
    }

    /** Runs the operation; a refusal is kept with the journal outcome (answered after the journal). */
    @Override
    public void perform(Exchange exchange) {
        Operation<?> op = exchange.getProperty(OPERATION, Operation.class);
        ClientRegistry.Client client = exchange.getProperty(CLIENT, ClientRegistry.Client.class);
        Object request = exchange.getIn().getBody(op.type());
        String requestId = exchange.getProperty(Journal.MESSAGE_ID, String.class);
        Call call = new Call(client.name(), text(op.operator(), request), requestId,
                receipt(exchange, requestId), LocalDate.now(ContractTimes.CHINA));
        try {
            if (op.roles().stream().noneMatch(client.roles()::contains)) {
                LOG.warn("SOAP enforcement: user '{}' (roles {}) may not call {}: one of {} required", client.name(),
                        client.roles(), op.name(), op.roles());
                throw new CodedFault(Code.SX_AUTH, "无权调用" + op.name() + ": 需要角色 " + String.join(" 或 ",
                        new java.util.TreeSet<>(op.roles())));
            }
            Object response;
            String outcome;
            if (op.write()) {
                Answer a = write(op, client.name(), requestId, request, call);
                response = a.response();
                outcome = a.repeated() ? "REPEATED" : "OK";
            } else {
                response = op.perform(request, call);
                setReceipt(response, call.receipt());
                outcome = "OK";
            }
            answered(exchange, response, outcome);
        } catch (RuntimeException e) {
            CodedFault refusal = Refusals.of(e);
            kept(exchange, refusal == null ? e : refusal, refusal == null ? null : refusal.code());
        }
    }

    private record Answer(Object response, boolean repeated) {
    }

    /**
     * A write, exactly once per request id: registered before it runs, its answer kept for repeats; the same id with
     * other content is refused; a refused or failed write leaves nothing behind.
     */
    private Answer write(Operation<?> op, String client, String requestId, Object request, Call call) {
        try (Attachment.Spooled spooled = op.attachment().spool(request)) {
            String body = spooled.withoutContent(() -> marshal(request));
            return write(op, client, requestId, request, call, sha256(body + "\n" + spooled.sha256()));
        }
    }

    private Answer write(Operation<?> op, String client, String requestId, Object request, Call call, String digest) {
        RequestLog.Start start = requests.begin(client, requestId, op.name(), digest);
        switch (start.kind()) {
            case REPLAY:
                Object first = unmarshal(start.answerXml());
                receiptOf(first).setRepeated(true);
                LOG.info("SOAP enforcement: {} {}/{} repeated, answered as the first time", op.name(), client,
                        requestId);
                return new Answer(first, true);
            case CONFLICT:
                throw new CodedFault(Code.SX_CONFLICT, "请求编号" + requestId + "已用于" + start.firstOperation()
                        + "的另一份请求内容,本次未作任何改动;新的请求须使用新的请求编号");
            case IN_PROGRESS:
                throw new CodedFault(Code.SX_UNAVAILABLE, "请求编号" + requestId + "的同一请求正在处理中,请稍后用同一请求编号重试");
            default:
                break;
        }
        Object response;
        try {
            response = op.perform(request, call);
            setReceipt(response, call.receipt());
        } catch (RuntimeException e) {
            requests.release(client, requestId);
            throw e;
        }
        requests.done(client, requestId, marshal(response));
        return new Answer(response, false);
    }

    // ---------------------------------------------------------------- plumbing

    private String marshal(Object o) {
        try {
            Marshaller m = jaxb.createMarshaller();
            m.setProperty(Marshaller.JAXB_ENCODING, "UTF-8");
            StringWriter w = new StringWriter();
            m.marshal(o, w);
            return w.toString();
        } catch (JAXBException e) {
            throw new IllegalStateException("cannot marshal " + o.getClass().getSimpleName(), e);
        }
    }

    private Object unmarshal(String xml) {
        try {
            return jaxb.createUnmarshaller().unmarshal(new StringReader(xml));
        } catch (JAXBException e) {
            throw new IllegalStateException("cannot read a stored answer", e);
        }
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void setReceipt(Object response, Receipt receipt) {
        try {
            response.getClass().getMethod("setReceipt", Receipt.class).invoke(response, receipt);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(response.getClass().getSimpleName() + " carries no receipt", e);
        }
    }

    private static Receipt receiptOf(Object response) {
        try {
            return (Receipt) response.getClass().getMethod("getReceipt").invoke(response);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(response.getClass().getSimpleName() + " carries no receipt", e);
        }
    }

    private static org.apache.cxf.message.Message cxf(Exchange exchange) {
        return exchange.getIn().getHeader(CxfConstants.CAMEL_CXF_MESSAGE, org.apache.cxf.message.Message.class);
    }

    private static Receipt receipt(Exchange exchange, String requestId) {
        org.apache.cxf.message.Message cxf = cxf(exchange);
        Receipt r = new Receipt();
        r.setRequestId(requestId);
        r.setReceivedAt(ContractTimes.time((Instant) cxf.get(PayloadCapture.RECEIVED_AT)));
        r.setPayloadSha256((String) cxf.get(PayloadCapture.SHA256));
        r.setRepeated(false);
        return r;
    }

    /** A string property of a request, through its getter. */
    private static String text(MethodHandle getter, Object request) {
        try {
            return (String) getter.invoke(request);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    static Set<String> roles(String... roles) {
        return Set.of(roles);
    }

    static <T> List<T> nonNull(List<T> list) {
        return list == null ? List.of() : list;
    }
}
