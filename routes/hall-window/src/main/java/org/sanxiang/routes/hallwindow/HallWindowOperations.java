package org.sanxiang.routes.hallwindow;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.camel.Exchange;
import org.apache.camel.component.cxf.common.message.CxfConstants;
import org.sanxiang.api.applications.Application;
import org.sanxiang.api.applications.ApplicationStep;
import org.sanxiang.api.applications.Decision;
import org.sanxiang.api.applications.NewApplication;
import org.sanxiang.api.applications.PermitApplications;
import org.sanxiang.api.applications.Progress;
import org.sanxiang.api.disclosure.RegisterEntry;
import org.sanxiang.api.disclosure.RegisterType;
import org.sanxiang.api.disclosure.Registers;
import org.sanxiang.api.domain.EnforcementKind;
import org.sanxiang.api.domain.PartyType;
import org.sanxiang.api.records.AccessRequest;
import org.sanxiang.api.records.Certificate;
import org.sanxiang.api.records.Officer;
import org.sanxiang.api.records.OfficerRegistry;
import org.sanxiang.contracts.hallwindow.v1.Applicant;
import org.sanxiang.contracts.hallwindow.v1.CertificateStatus;
import org.sanxiang.contracts.hallwindow.v1.Clock;
import org.sanxiang.contracts.hallwindow.v1.Field;
import org.sanxiang.contracts.hallwindow.v1.FlowStep;
import org.sanxiang.contracts.hallwindow.v1.GetApplicationProgressRequest;
import org.sanxiang.contracts.hallwindow.v1.GetApplicationProgressResponse;
import org.sanxiang.contracts.hallwindow.v1.GetPostBoardRequest;
import org.sanxiang.contracts.hallwindow.v1.GetPostBoardResponse;
import org.sanxiang.contracts.hallwindow.v1.GetServiceGuideRequest;
import org.sanxiang.contracts.hallwindow.v1.GetServiceGuideResponse;
import org.sanxiang.contracts.hallwindow.v1.ListEnforcementItemsRequest;
import org.sanxiang.contracts.hallwindow.v1.ListEnforcementItemsResponse;
import org.sanxiang.contracts.hallwindow.v1.ListPersonnelRequest;
import org.sanxiang.contracts.hallwindow.v1.ListPersonnelResponse;
import org.sanxiang.contracts.hallwindow.v1.Material;
import org.sanxiang.contracts.hallwindow.v1.ProgressStep;
import org.sanxiang.contracts.hallwindow.v1.Receipt;
import org.sanxiang.contracts.hallwindow.v1.RecordApplicationStepRequest;
import org.sanxiang.contracts.hallwindow.v1.RecordApplicationStepResponse;
import org.sanxiang.contracts.hallwindow.v1.RegisterName;
import org.sanxiang.contracts.hallwindow.v1.RegisterScreenRequest;
import org.sanxiang.contracts.hallwindow.v1.RegisterScreenResponse;
import org.sanxiang.contracts.hallwindow.v1.SampleForm;
import org.sanxiang.contracts.hallwindow.v1.Staff;
import org.sanxiang.contracts.hallwindow.v1.StepKind;
import org.sanxiang.contracts.hallwindow.v1.SubmitApplicationRequest;
import org.sanxiang.contracts.hallwindow.v1.SubmitApplicationResponse;
import org.sanxiang.contracts.hallwindow.v1.VerifyCertificateRequest;
import org.sanxiang.contracts.hallwindow.v1.VerifyCertificateResponse;
import org.sanxiang.routes.common.ContractTimes;
import org.sanxiang.routes.common.ClientRegistry;
import org.sanxiang.routes.common.FaultTranslator;
import org.sanxiang.routes.common.InboundOperations;
import org.sanxiang.routes.common.CodedFault;
import org.sanxiang.routes.common.Journal;
import org.sanxiang.routes.common.PayloadCapture;
import org.sanxiang.routes.common.UsernameTokenAuthenticator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The operations of HallWindow: each one checks the caller's role, calls the domain services and maps
 * between them and the contract's types. Three steps of the route {@code hall-window.request}:
 * {@link #identify} (operation, client, request id), {@link #perform} (the operation; a refusal is kept, not
 * thrown, so that the journal records it) and {@link #answer} (the response, or the refusal as a fault).
 */
public final class HallWindowOperations extends InboundOperations {

    static final String ROLE_SCREEN = "screen";
    private static final String OPERATION = "SanxiangOperation";
    private static final String CLIENT = "SanxiangClient";
    private static final Logger LOG = LoggerFactory.getLogger(HallWindowOperations.class);

    /** What an operation sees of its call. */
    record Call(String client, Set<String> roles, String requestId, Receipt receipt, LocalDate today) {
        AccessRequest access(String purpose) {
            return new AccessRequest(client, purpose + " (hall-window " + requestId + ")");
        }
    }

    /** An operation of the contract; {@code changesApplications}: the applications' counter rule applies. */
    private record Operation<T>(Class<T> type, Function<T, String> requestId, boolean changesApplications,
                                BiFunction<T, Call, Object> perform) {
        Object run(Object request, Call call) {
            return perform.apply(type.cast(request), call);
        }
    }

    private final Registers registers;
    private final OfficerRegistry officers;
    private final PermitApplications applications;
    private final PostBoards postBoards;
    private final Screens screens;
    private final Map<String, Operation<?>> operations = new HashMap<>();

    public HallWindowOperations(Registers registers, OfficerRegistry officers, PermitApplications applications,
                                PostBoards postBoards, Screens screens) {
        this.registers = registers;
        this.officers = officers;
        this.applications = applications;
        this.postBoards = postBoards;
        this.screens = screens;
        add("ListEnforcementItems", new Operation<>(ListEnforcementItemsRequest.class,
                ListEnforcementItemsRequest::getRequestId, false, this::listItems));
        add("GetServiceGuide", new Operation<>(GetServiceGuideRequest.class, GetServiceGuideRequest::getRequestId,
                false, this::serviceGuide));
        add("ListPersonnel", new Operation<>(ListPersonnelRequest.class, ListPersonnelRequest::getRequestId, false,
                this::personnel));
        add("GetPostBoard", new Operation<>(GetPostBoardRequest.class, GetPostBoardRequest::getRequestId, false,
                this::postBoard));
        add("VerifyCertificate", new Operation<>(VerifyCertificateRequest.class,
                VerifyCertificateRequest::getRequestId, false, this::verifyCertificate));
        add("SubmitApplication", new Operation<>(SubmitApplicationRequest.class,
                SubmitApplicationRequest::getRequestId, true, this::submit));
        add("RecordApplicationStep", new Operation<>(RecordApplicationStepRequest.class,
                RecordApplicationStepRequest::getRequestId, true, this::recordStep));
        add("GetApplicationProgress", new Operation<>(GetApplicationProgressRequest.class,
                GetApplicationProgressRequest::getRequestId, false, this::progress));
        add("RegisterScreen", new Operation<>(RegisterScreenRequest.class, RegisterScreenRequest::getRequestId,
                false, this::registerScreen));
    }

    private void add(String name, Operation<?> op) {
        operations.put(name, op);
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
        org.apache.cxf.message.Message cxf = cxf(exchange);
        ClientRegistry.Client client = (ClientRegistry.Client) cxf.get(UsernameTokenAuthenticator.CLIENT);
        if (client == null) {
            throw new IllegalStateException("no authenticated client on the message");
        }
        Object request = exchange.getIn().getBody(op.type());
        String requestId = request == null ? null : requestId(op, request);
        if (requestId == null) {
            requestId = UUID.randomUUID().toString();
        }
        exchange.setProperty(OPERATION, name);
        exchange.setProperty(CLIENT, client);
        exchange.getIn().setHeader(Journal.MESSAGE_ID, client.name() + "/" + requestId);
        exchange.setProperty(Journal.MESSAGE_ID, requestId);
    }

    @SuppressWarnings("unchecked")
    private static <T> String requestId(Operation<T> op, Object request) {
        return op.requestId().apply((T) request);
    }

    /**
     * Runs the operation; a refusal or failure is kept with the journal outcome: a refusal of the domain as a coded
     * fault (an answer to the caller, logged at INFO), anything else as it is (an error of the hub, answered
     * {@code SX-INTERNAL}).
     */
    @Override
    public void perform(Exchange exchange) {
        String name = exchange.getProperty(OPERATION, String.class);
        Operation<?> op = operations.get(name);
        ClientRegistry.Client client = exchange.getProperty(CLIENT, ClientRegistry.Client.class);
        String requestId = exchange.getProperty(Journal.MESSAGE_ID, String.class);
        try {
            if (op.changesApplications()) {
                try {
                    PermitApplications.requireCounter(client.roles(), name);
                } catch (SecurityException refused) {
                    LOG.warn("SOAP hall-window: user '{}' (roles {}) may not call {}: role {} required",
                            client.name(), client.roles(), name, PermitApplications.COUNTER_ROLE);
                    throw refused;
                }
            }
            Call call = new Call(client.name(), client.roles(), requestId, receipt(exchange, requestId),
                    LocalDate.now(ContractTimes.CHINA));
            answered(exchange, op.run(exchange.getIn().getBody(op.type()), call), "OK");
        } catch (RuntimeException e) {
            FaultTranslator.Code code = refusalCode(e);
            kept(exchange, code == null || code == FaultTranslator.Code.SX_AUTH ? e
                    : CodedFault.refusal(code, e.getMessage()), code);
        }
    }

    static String outcome(RuntimeException e) {
        return outcome(refusalCode(e));
    }

    private static org.apache.cxf.message.Message cxf(Exchange exchange) {
        return exchange.getIn().getHeader(CxfConstants.CAMEL_CXF_MESSAGE, org.apache.cxf.message.Message.class);
    }

    private static Receipt receipt(Exchange exchange, String requestId) {
        org.apache.cxf.message.Message cxf = cxf(exchange);
        Receipt r = new Receipt();
        r.setRequestId(requestId.length() <= 64 ? requestId : requestId.substring(0, 64));
        r.setReceivedAt(ContractTimes.time((Instant) cxf.get(PayloadCapture.RECEIVED_AT)));
        r.setPayloadSha256((String) cxf.get(PayloadCapture.SHA256));
        return r;
    }

    // ---------------------------------------------------------------- registers (事前公开)

    private Object listItems(ListEnforcementItemsRequest req, Call call) {
        LocalDate asOf = Optional.ofNullable(ContractTimes.localDate(req.getAsOf())).orElse(call.today());
        ListEnforcementItemsResponse r = new ListEnforcementItemsResponse();
        r.setAsOf(ContractTimes.date(asOf));
        registers.asOf(RegisterType.ENFORCEMENT_ITEM, asOf).forEach(e -> r.getItem().add(entry(e)));
        r.setReceipt(call.receipt());
        return r;
    }

    private Object personnel(ListPersonnelRequest req, Call call) {
        LocalDate asOf = Optional.ofNullable(ContractTimes.localDate(req.getAsOf())).orElse(call.today());
        ListPersonnelResponse r = new ListPersonnelResponse();
        r.setAsOf(ContractTimes.date(asOf));
        registers.asOf(RegisterType.PERSONNEL, asOf).forEach(e -> r.getPerson().add(entry(e)));
        r.setReceipt(call.receipt());
        return r;
    }

    private Object serviceGuide(GetServiceGuideRequest req, Call call) {
        RegisterEntry guide = find(RegisterType.SERVICE_GUIDE, req.getItemKey(), call.today())
                .orElseThrow(() -> new EntryNotFoundException("未找到事项 " + req.getItemKey() + " 的服务指南"));
        GetServiceGuideResponse r = new GetServiceGuideResponse();
        r.setGuide(entry(guide));
        find(RegisterType.PROCESS_FLOW, req.getItemKey(), call.today()).ifPresent(flow -> {
            Map<Integer, String> steps = new TreeMap<>();
            flow.fields().forEach((k, v) -> {
                if (k.matches("步骤\\d{1,3}")) {
                    steps.put(Integer.parseInt(k.substring(2)), v);
                }
            });
            steps.forEach((seq, text) -> {
                FlowStep s = new FlowStep();
                s.setSeq(seq);
                s.setText(text);
                r.getFlowStep().add(s);
            });
        });
        r.setReceipt(call.receipt());
        return r;
    }

    private Optional<RegisterEntry> find(RegisterType type, String key, LocalDate day) {
        return registers.asOf(type, day).stream().filter(e -> e.key().equals(key)).findFirst();
    }

    static org.sanxiang.contracts.hallwindow.v1.RegisterEntry entry(RegisterEntry e) {
        org.sanxiang.contracts.hallwindow.v1.RegisterEntry x = new org.sanxiang.contracts.hallwindow.v1.RegisterEntry();
        x.setKey(e.key());
        x.setVersion(e.version());
        x.setEffectiveFrom(ContractTimes.date(e.effectiveFrom()));
        x.getField().addAll(fields(e.fields()));
        return x;
    }

    static List<Field> fields(Map<String, String> fields) {
        List<Field> out = new ArrayList<>();
        fields.forEach((k, v) -> {
            Field f = new Field();
            f.setName(k);
            f.setValue(v);
            out.add(f);
        });
        return out;
    }

    // ---------------------------------------------------------------- post boards, certificates (事中公示)

    private Object postBoard(GetPostBoardRequest req, Call call) {
        PostBoards.Board board = postBoards.board(req.getCounterId())
                .orElseThrow(() -> new EntryNotFoundException("未配置窗口 " + req.getCounterId() + " 的岗位信息公示牌"));
        GetPostBoardResponse r = new GetPostBoardResponse();
        r.setCounterId(board.counterId());
        r.setTitle(board.title());
        for (String id : board.staffIds()) {
            officers.find(id).ifPresentOrElse(o -> {
                Staff s = new Staff();
                s.setName(o.name());
                s.setPost(o.post());
                s.setCertificateNumber(o.certificate().number());
                s.setCertificateStatus(status(o.certificate().validityOn(call.today())));
                r.getStaff().add(s);
            }, () -> LOG.warn("Post board {} names officer {}, who is not in the records", board.counterId(), id));
        }
        r.getDuty().addAll(board.duties());
        for (String[] f : board.forms()) {
            SampleForm form = new SampleForm();
            form.setName(f[0]);
            form.setLocation(f[1]);
            r.getForm().add(form);
        }
        r.getEnquiry().addAll(board.enquiry());
        r.getComplaint().addAll(board.complaint());
        r.setReceipt(call.receipt());
        return r;
    }

    private Object verifyCertificate(VerifyCertificateRequest req, Call call) {
        String number = req.getCertificateNumber().strip();
        VerifyCertificateResponse r = new VerifyCertificateResponse();
        r.setCertificateNumber(number);
        r.setCheckedOn(ContractTimes.date(call.today()));
        Optional<Officer> officer = officers.findByCertificate(number);
        if (officer.isEmpty()) {
            r.setStatus(CertificateStatus.UNKNOWN);
        } else {
            Officer o = officer.get();
            Certificate c = o.certificate();
            r.setStatus(status(c.validityOn(call.today())));
            r.setName(o.name());
            r.setUnit(o.unit());
            r.setPost(o.post());
            r.setEnforcementKinds(c.kinds().stream().sorted().map(EnforcementKind::chinese)
                    .collect(Collectors.joining("、")));
            r.setRegion(c.region());
            r.setValidFrom(ContractTimes.date(c.validFrom()));
            r.setValidTo(ContractTimes.date(c.validTo()));
        }
        LOG.info("hall-window: certificate {} checked by {}: {}", number, call.client(), r.getStatus());
        r.setReceipt(call.receipt());
        return r;
    }

    /** The contract's name of a certificate's validity (the rule is {@link Certificate#validityOn}). */
    static CertificateStatus status(Certificate.Validity validity) {
        return CertificateStatus.fromValue(validity.name());
    }

    // ---------------------------------------------------------------- applications (行政许可申请)

    private Object submit(SubmitApplicationRequest req, Call call) {
        Applicant a = req.getApplicant();
        List<String> materials = new ArrayList<>();
        for (Material m : req.getMaterial()) {
            materials.add(m.getName() + "×" + (m.getCopies() == null ? 1 : m.getCopies()));
        }
        Application app = applications.submit(new NewApplication(call.client(), req.getRequestId(), req.getCounterId(),
                req.getItemKey(), PartyType.valueOf(a.getType().value()), a.getName(), a.getCreditCode(),
                a.getIdType(), a.getIdNumber(), a.getPhone(), materials, req.getNote()), call.client());
        SubmitApplicationResponse r = new SubmitApplicationResponse();
        r.setReceiptNumber(app.receiptNumber());
        r.setItemName(app.itemName());
        r.setSubmittedAt(ContractTimes.time(app.submittedAt()));
        r.setTimeLimitDays(app.timeLimitDays());
        r.setRepeated(app.repeated());
        r.setReceipt(call.receipt());
        return r;
    }

    private Object recordStep(RecordApplicationStepRequest req, Call call) {
        Progress p = applications.recordStep(req.getReceiptNumber(),
                org.sanxiang.api.applications.StepKind.valueOf(req.getKind().value()), ContractTimes.localDate(req.getOccurredOn()),
                req.getDecision() == null ? null : Decision.valueOf(req.getDecision().value()), req.getNote(),
                req.getDecidedBy(), call.client());
        RecordApplicationStepResponse r = new RecordApplicationStepResponse();
        r.setProgress(progress(p));
        r.setReceipt(call.receipt());
        return r;
    }

    private Object progress(GetApplicationProgressRequest req, Call call) {
        Progress p = applications.progress(req.getReceiptNumber(), call.access("办事大厅查询办理进度"));
        GetApplicationProgressResponse r = new GetApplicationProgressResponse();
        r.setProgress(progress(p));
        r.setReceipt(call.receipt());
        return r;
    }

    static org.sanxiang.contracts.hallwindow.v1.Progress progress(Progress p) {
        org.sanxiang.contracts.hallwindow.v1.Progress x = new org.sanxiang.contracts.hallwindow.v1.Progress();
        Application a = p.application();
        x.setReceiptNumber(a.receiptNumber());
        x.setItemKey(a.itemKey());
        x.setItemName(a.itemName());
        x.setApplicantName(a.publicApplicantName());
        x.setState(StepKind.fromValue(a.state().name()));
        x.setStateLabel(a.state().chinese());
        for (ApplicationStep s : p.steps()) {
            ProgressStep step = new ProgressStep();
            step.setSeq(s.seq());
            step.setKind(StepKind.fromValue(s.kind().name()));
            step.setLabel(s.decision() == null ? s.kind().chinese() : s.kind().chinese() + ": " + s.decision().chinese());
            step.setOccurredOn(ContractTimes.date(s.occurredOn()));
            step.setDecision(s.decision() == null ? null
                    : org.sanxiang.contracts.hallwindow.v1.Decision.fromValue(s.decision().name()));
            step.setNote(s.note());
            x.getStep().add(step);
        }
        Clock c = new Clock();
        c.setTimeLimitDays(a.timeLimitDays());
        c.setAcceptedOn(ContractTimes.date(p.acceptedOn()));
        c.setPausedWorkingDays(p.pausedWorkingDays());
        c.setPaused(p.paused());
        c.setDue(ContractTimes.date(p.due()));
        c.setProvisional(p.provisional());
        c.setRemainingWorkingDays(p.remainingWorkingDays());
        x.setClock(c);
        return x;
    }

    // ---------------------------------------------------------------- screens (信息屏)

    private Object registerScreen(RegisterScreenRequest req, Call call) {
        Set<RegisterType> types = EnumSet.noneOf(RegisterType.class);
        req.getRegister().forEach(n -> types.add(RegisterType.valueOf(n.value())));
        Screens.Screen s = screens.register(req.getScreenId(), req.getCallbackUrl(), types, call.client());
        RegisterScreenResponse r = new RegisterScreenResponse();
        r.setScreenId(s.id());
        s.registers().forEach(t -> r.getRegister().add(RegisterName.fromValue(t.name())));
        r.setRegisteredAt(ContractTimes.time(s.registeredAt().toInstant(java.time.ZoneOffset.UTC)));
        r.setReceipt(call.receipt());
        return r;
    }
}
