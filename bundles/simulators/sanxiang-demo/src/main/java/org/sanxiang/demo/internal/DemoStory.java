package org.sanxiang.demo.internal;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.Consumer;
import org.sanxiang.api.domain.UnifiedSocialCreditCode;
import org.sanxiang.simulators.recorder.DropStation;
import org.sanxiang.simulators.recorder.Media;
import org.sanxiang.simulators.recorder.Recording;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3c.dom.Element;

/**
 * The demo data set — one bureau (长治市自然资源局), its officers with certificates, its registers, two penalty
 * cases taken through the whole flow (filing, recordings delivered by a docking station through the drop
 * directory, legal review, decision, publication — one later revoked), a permit decision, a 双随机 draw with
 * results — put in through the hub's own Enforcement SOAP service as the bureau's systems would, so that every
 * rule applies to it. Each write has a stable request id: a load cut off is resumed by running it again (the hub
 * answers what it already did as repeated).
 */
final class DemoStory {

    static final String NS = "urn:sanxiang:enforcement:v1";
    static final String BODY_KEY = "CZ-ZRZYJ";
    static final String BUREAU = "长治市自然资源局";
    static final String BUREAU_USCC = "111404000123456783";
    static final String CERT_WANG = "14040020260001";
    static final String CERT_LI = "14040020260002";
    static final String CERT_ZHAO = "14040020260003";
    static final String CERT_SUN = "14040020260004";
    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final List<String> CHECK_ITEMS = List.of("SUBJECT_LAWFUL", "OFFICER_QUALIFIED", "FACTS_CLEAR",
            "EVIDENCE_SUFFICIENT", "LAW_APPLIED", "DISCRETION_APPROPRIATE", "PROCEDURE_LAWFUL", "NO_EXCESS_OR_ABUSE",
            "DOCUMENTS_COMPLETE", "CRIMINAL_TRANSFER");
    private static final String MAKER = "demo-dis-maker";
    private static final String CHECKER = "demo-dis-checker";
    private static final String STAFF = "demo-staff";
    private static final Logger LOG = LoggerFactory.getLogger(DemoStory.class);

    /** What a penalty case is about. */
    private record Charge(String party, String uscc, String fine, String violation, String facts, String content,
                          String basis) {
    }

    /** 长自然资罚〔2026〕1207-01号: the demo's documents are numbered by the day they were loaded. */
    private String number(String kind, int n) {
        return "长自然资" + kind + "〔" + year + "〕" + tag.substring(4) + "-" + String.format("%02d", n) + "号";
    }

    /** What the load made, for the closing log lines. */
    record Loaded(List<String> cases, List<Long> publications, long drawId) {
    }

    private final Soap soap;
    private final Path drop;
    private final LocalDate today;
    private final String tag;
    private final int year;
    private final List<String> cases = new ArrayList<>();
    private final List<Long> publications = new ArrayList<>();

    DemoStory(Soap soap, Path drop, LocalDate today) {
        this.soap = soap;
        this.drop = drop;
        this.today = today;
        this.tag = today.toString().replace("-", "");
        this.year = today.getYear();
    }

    static String uscc(String first17) {
        return first17 + UnifiedSocialCreditCode.checkCharacter(first17);
    }

    static String company(int n) {
        return uscc(String.format("91140400MA0K%04d%d", n, n % 10));
    }

    /** Whether the demo bureau is already in the 执法主体 register (the data was loaded before). */
    boolean loaded() throws DemoException, InterruptedException {
        Element answer = soap.call("ListRegister", Xml.of().el("requestId", id("check-" + System.nanoTime()))
                .el("operator", STAFF).el("register", "BODY").toString());
        for (Element e : Soap.children(answer, "entry")) {
            if (BODY_KEY.equals(Soap.text(e, "key"))) {
                return true;
            }
        }
        return false;
    }

    Loaded load() throws DemoException, InterruptedException {
        registers();
        officers();
        penaltyCase(number("罚", 1), "demo-wjg", "demo-lh", "D00001", "李红", new Charge("长治市潞州区某建材有限公司",
                company(1), "150000", "非法占用土地", "未经批准占用集体土地12亩建设厂房",
                "罚款人民币150000元，责令退还非法占用的土地", "《中华人民共和国土地管理法》第七十七条"));
        penaltyCase(number("罚", 2), "demo-zzg", "demo-wjg", "D00002", "赵志刚", new Charge("长治市上党区某矿业有限公司",
                company(2), "200000", "未取得采矿许可证擅自采矿", "未取得采矿许可证在上党区某村擅自开采建筑用砂岩",
                "罚款人民币200000元，责令停止开采", "《中华人民共和国矿产资源法》第三十九条"));
        long revoked = publications.get(1);
        write("RevokePublication", "revoke-2", x -> x.el("operator", CHECKER).el("publicationId", revoked)
                .el("reason", "行政复议机关决定撤销原处罚决定，责令重新作出").el("trigger", today));
        permit();
        long draw = draw();
        return new Loaded(List.copyOf(cases), List.copyOf(publications), draw);
    }

    // ------------------------------------------------------------------ registers and officers

    private void registers() throws DemoException, InterruptedException {
        put("BODY", BODY_KEY, "名称", BUREAU, "法定依据", "《中华人民共和国土地管理法》《中华人民共和国矿产资源法》《长治市人民政府机构改革方案》",
                "职责", "负责全市自然资源调查监测、确权登记、有偿使用、国土空间规划和用途管制，查处自然资源违法行为",
                "地址", "山西省长治市潞州区太行东街（示例地址）", "监督电话", "0355-12336（示例）",
                "救济渠道", "对行政执法行为不服的，可依法向长治市人民政府申请行政复议，或向有管辖权的人民法院提起行政诉讼");
        put("ENFORCEMENT_ITEM", "CF-001", "事项名称", "对非法占用土地的行政处罚", "实施主体", BUREAU, "职责", "查处土地违法行为",
                "职权类别", "行政处罚", "法定依据", "《中华人民共和国土地管理法》第七十七条");
        put("ENFORCEMENT_ITEM", "CF-002", "事项名称", "对未取得采矿许可证擅自采矿的行政处罚", "实施主体", BUREAU,
                "职责", "查处矿产资源违法行为", "职权类别", "行政处罚", "法定依据", "《中华人民共和国矿产资源法》第三十九条");
        put("ENFORCEMENT_ITEM", "XK-001", "事项名称", "采矿权新立登记", "实施主体", BUREAU, "职责", "矿业权出让登记",
                "职权类别", "行政许可", "法定依据", "《中华人民共和国矿产资源法》第三条、《矿产资源开采登记管理办法》");
        put("ENFORCEMENT_ITEM", "JC-001", "事项名称", "土地利用动态巡查", "实施主体", BUREAU, "职责", "土地执法监察",
                "职权类别", "行政检查", "法定依据", "《中华人民共和国土地管理法》第六十七条");
        put("INSPECTION_ITEM", "SJ-001", "事项名称", "土地利用情况检查", "检查主体", BUREAU, "检查依据", "《中华人民共和国土地管理法》第六十七条",
                "检查对象", "辖区内用地单位", "检查内容", "是否按批准用途、面积和期限使用土地", "抽查比例", "25%",
                "检查方式", "实地检查、书面检查", "检查频次", "每年一次");
        put("INSPECTION_ITEM", "SJ-002", "事项名称", "矿产资源开发利用情况检查", "检查主体", BUREAU,
                "检查依据", "《中华人民共和国矿产资源法》", "检查对象", "辖区内采矿权人", "检查内容", "是否按开发利用方案开采、是否越界开采",
                "抽查比例", "10%", "检查方式", "实地检查", "检查频次", "每年一次");
        put("SERVICE_GUIDE", "XK-001", "事项名称", "采矿权新立登记", "设定依据", "《中华人民共和国矿产资源法》第三条；《矿产资源开采登记管理办法》第三条",
                "适用范围", "在本市行政区域内申请新设采矿权的申请人", "办理条件", "已通过出让取得采矿权，矿产资源开发利用方案等材料齐全",
                "申请材料", "采矿权申请登记书；矿区范围图；开发利用方案；环境影响评价批复；出让合同", "办理方式", "窗口办理、网上办理",
                "办理流程", "申请、受理、审查、决定、送达", "办理时限", "法定20个工作日，承诺10个工作日", "收费标准", "不收费",
                "咨询方式", "0355-12336（示例）", "监督方式", "0355-12345（示例）", "责任追究", "依照《行政许可法》追究",
                "救济途径", "行政复议或行政诉讼", "办公时间", "工作日 上午9:00-12:00 下午13:00-17:00",
                "办公地址", "长治市政务服务中心二楼自然资源窗口（示例）");
        put("SERVICE_GUIDE", "XK-002", "事项名称", "建设项目用地预审与选址意见书", "设定依据", "《中华人民共和国土地管理法》第五十二条；《城乡规划法》第三十六条",
                "适用范围", "以划拨方式取得国有土地使用权的建设项目", "办理条件", "项目符合国土空间规划",
                "申请材料", "申请表；项目建议书或可行性研究报告批复；用地红线图", "办理方式", "窗口办理、网上办理",
                "办理流程", "申请、受理、审查、决定", "办理时限", "法定20个工作日", "收费标准", "不收费",
                "咨询方式", "0355-12336（示例）", "监督方式", "0355-12345（示例）", "责任追究", "依照《行政许可法》追究",
                "救济途径", "行政复议或行政诉讼", "办公时间", "工作日 上午9:00-12:00 下午13:00-17:00",
                "办公地址", "长治市政务服务中心二楼自然资源窗口（示例）");
        put("PROCESS_FLOW", "XK-001", "事项名称", "采矿权新立登记", "步骤1", "申请 → 受理", "步骤2", "受理 → 审查、补正告知",
                "步骤3", "补正告知 → 受理", "步骤4", "审查 → 准予登记、不予登记", "步骤5", "准予登记 → 颁发采矿许可证",
                "步骤6", "不予登记 → 书面告知理由");
        put("PROCESS_FLOW", "XK-002", "事项名称", "建设项目用地预审与选址意见书", "步骤1", "申请 → 受理", "步骤2", "受理 → 审查",
                "步骤3", "审查 → 核发意见书、不予核发");
    }

    private void put(String register, String key, String... fields) throws DemoException, InterruptedException {
        write("PutRegisterEntry", "reg-" + register + "-" + key, x -> {
            x.el("operator", STAFF).el("register", register).el("key", key).el("effectiveFrom", today);
            for (int i = 0; i + 1 < fields.length; i += 2) {
                x.field(fields[i], fields[i + 1]);
            }
        });
    }

    private void officers() throws DemoException, InterruptedException {
        officer("demo-wjg", "王建国", "执法监察支队队长", CERT_WANG, "PENALTY", "INSPECTION", "PERMIT");
        officer("demo-lh", "李红", "执法监察支队", CERT_LI, "PENALTY", "INSPECTION");
        officer("demo-zzg", "赵志刚", "执法监察支队", CERT_ZHAO, "PENALTY", "INSPECTION");
        officer("demo-sl", "孙丽", "行政审批科", CERT_SUN, "PERMIT", "INSPECTION");
        write("SaveReviewer", "reviewer-ww", x -> x.el("operator", STAFF).open("reviewer", r -> r
                .el("officerId", "demo-ww").el("name", "王五").el("unit", "政策法规科").el("role", "REVIEWER")
                .el("legalQualification", true)));
        String[][] people = {{"demo-wjg", "王建国", "执法监察支队队长", CERT_WANG, "行政处罚、行政检查、行政许可"},
            {"demo-lh", "李红", "执法监察支队", CERT_LI, "行政处罚、行政检查"},
            {"demo-zzg", "赵志刚", "执法监察支队", CERT_ZHAO, "行政处罚、行政检查"},
            {"demo-sl", "孙丽", "行政审批科", CERT_SUN, "行政许可、行政检查"}};
        write("ImportRegister", "personnel", x -> {
            x.el("operator", STAFF).el("register", "PERSONNEL").el("effectiveFrom", today);
            for (String[] p : people) {
                x.open("row", r -> r.el("key", p[0]).field("姓名", p[1]).field("单位", BUREAU).field("职务", p[2])
                        .field("执法证号", p[3]).field("执法类别", p[4]).field("执法区域", "长治市")
                        .field("有效期", (year - 1) + "-01-01至" + (year + 3) + "-12-31"));
            }
        });
    }

    private void officer(String id, String name, String post, String cert, String... kinds)
            throws DemoException, InterruptedException {
        write("SaveOfficer", "officer-" + id, x -> x.el("operator", STAFF).open("officer", o -> {
            o.el("id", id).el("name", name).el("unit", BUREAU).el("post", post);
            o.open("certificate", c -> {
                c.el("number", cert);
                for (String k : kinds) {
                    c.el("kind", k);
                }
                c.el("region", "140400").el("validFrom", (year - 1) + "-01-01").el("validTo", (year + 3) + "-12-31");
            });
        }));
    }

    // ------------------------------------------------------------------ a penalty case, all of it

    private void penaltyCase(String n, String lead, String second, String device, String recorderName, Charge c)
            throws DemoException, InterruptedException {
        String k = n.substring(n.length() - 3, n.length() - 1);
        String party = c.party();
        write("FileCase", "file-" + k, x -> x.el("operator", lead).el("caseNumber", n).el("kind", "PENALTY")
                .el("item", c.violation()).el("region", "140402").open("party", p -> p.el("type", "LEGAL_PERSON")
                        .el("name", party).el("creditCode", c.uscc())));
        write("AssignOfficer", "assign-" + k, x -> x.el("operator", lead).el("caseNumber", n).el("officerId", second));
        document(n, k, "filing", "立案审批表", "立案审批表", lead);
        move(n, k, "INVESTIGATION", "开展调查", lead);
        document(n, k, "inquiry", "询问笔录", "询问笔录", second);
        recording(n, k, "现场检查", device, recorderName);
        move(n, k, "EVIDENCE", "调查完毕", lead);
        recording(n, k, "调查取证", device, recorderName);
        move(n, k, "EXAMINATION", "取证完毕", lead);
        document(n, k, "report", "调查终结报告", "调查终结报告", lead);
        document(n, k, "notice", "告知书", "行政处罚告知书", lead);
        write("ProposeDecision", "propose-" + k, x -> x.el("operator", lead).open("decision", d -> d
                .el("caseNumber", n).el("partyName", party)
                .open("measure", m -> m.el("type", "FINE").el("amountYuan", c.fine())).el("hearing", "NONE")
                .el("beyondDiscretion", false).el("suspectedCrime", false).el("summary", c.facts() + "，" + c.content())
                .el("legalBasis", c.basis())));
        Element review = write("SubmitForReview", "submit-" + k, x -> x.el("operator", lead).el("caseNumber", n)
                .el("submittingUnit", "执法监察支队"));
        String reviewId = Soap.text(review, "id");
        for (String t : List.of("APPLICATION_FORM", "INVESTIGATION_REPORT", "DRAFT_DECISION", "EVIDENCE_LIST",
                "DISCRETION_NOTE")) {
            write("AddReviewMaterial", "material-" + k + "-" + t, x -> x.el("operator", lead).el("reviewId", reviewId)
                    .el("type", t).el("title", t).el("content", base64(n + " " + t)));
        }
        write("SignOpinion", "sign-" + k, x -> {
            x.el("operator", "demo-ww").el("reviewId", reviewId);
            for (String item : CHECK_ITEMS) {
                x.open("finding", f -> f.el("item", item).el("result", "PASS").el("comment", "符合规定"));
            }
            x.el("outcome", "APPROVE").el("remarks", "同意承办机构意见");
        });
        move(n, k, "DECISION", "法制审核同意，作出行政处罚决定", lead);
        document(n, k, "decision", "决定书", "行政处罚决定书", lead);
        long pub = publicationOf(n);
        write("DraftPenalty", "draft-" + k, x -> x.el("operator", MAKER).el("publicationId", pub)
                .el("severity", "GENERAL").open("penalty", p -> p
                        .open("party", q -> q.el("name", party).el("type", "LEGAL_PERSON").el("uscc", c.uscc())
                                .el("legalRepresentative", "张某"))
                        .el("decisionNumber", n).el("violationType", c.violation()).el("violationFacts", c.facts())
                        .el("basis", c.basis()).el("category", "FINE").el("content", c.content())
                        .el("fineYuan", c.fine()).el("decisionDate", today).el("authority", BUREAU)
                        .el("authorityUscc", BUREAU_USCC).el("dataSource", BUREAU).el("dataSourceUscc", BUREAU_USCC)));
        write("ApprovePublication", "approve-" + k, x -> x.el("operator", CHECKER).el("publicationId", pub));
        write("PublishPublication", "publish-" + k, x -> x.el("operator", CHECKER).el("publicationId", pub));
        cases.add(n);
        publications.add(pub);
        LOG.info("demo: case {} decided after legal review, publication {} published", n, pub);
    }

    private void document(String n, String k, String step, String type, String title, String operator)
            throws DemoException, InterruptedException {
        write("AddDocument", "doc-" + k + "-" + step, x -> x.el("operator", operator).el("caseNumber", n)
                .el("type", type).el("title", title).el("content", base64(n + " " + title + "（演示文书）")));
    }

    private void move(String n, String k, String target, String reason, String operator)
            throws DemoException, InterruptedException {
        write("TransitionCase", "move-" + k + "-" + target, x -> x.el("operator", operator).el("caseNumber", n)
                .el("target", target).el("reason", reason));
    }

    /** A recording of {@code activity} delivered by the docking station into the drop directory, awaited until linked. */
    private void recording(String n, String k, String activity, String device, String officer)
            throws DemoException, InterruptedException {
        Element list = soap.call("ListCaseRecordings", Xml.of().el("requestId", id("recordings-" + System.nanoTime()))
                .el("operator", STAFF).el("caseNumber", n).toString());
        for (Element r : Soap.children(list, "recording")) {
            if (activity.equals(Soap.text(r, "activity"))) {
                return;
            }
        }
        try {
            DropStation station = new DropStation(drop);
            String file = "DSJDEMO_" + tag + "_" + k + "_" + (activity.equals("现场检查") ? "1" : "2") + ".mp4";
            byte[] media = Media.bytes(300_000, (n + activity).hashCode());
            Recording rec = new Recording().caseNumber(n).fileName(file).describe(media);
            rec.deviceSerial = Wiring.DEVICE;
            rec.deviceOfficerNumber = device;
            rec.officerName = officer;
            rec.unit = BUREAU + "执法监察支队";
            rec.activity = activity;
            rec.stationFileId = "ST-DEMO-" + tag + "-" + k + "-" + activity.hashCode();
            String base = station.deliver(file, media, rec.xml());
            long deadline = System.nanoTime() + 120_000_000_000L;
            String receipt;
            while ((receipt = station.receipt(base)) == null) {
                if (System.nanoTime() > deadline) {
                    throw new DemoException("the recording " + file + " for " + n + " was not taken in within 120 s "
                            + "(is the recorder ingest running? drop directory " + drop + ")");
                }
                Thread.sleep(250);
            }
            if (!receipt.contains("<status>LINKED</status>")) {
                throw new DemoException("the recording " + file + " for " + n + " was not linked: " + receipt);
            }
        } catch (java.io.IOException e) {
            throw new DemoException("the recording for " + n + " could not be delivered to " + drop + ": " + e, e);
        }
    }

    /** The publication the hub opened when the case reached 决定. */
    private long publicationOf(String n) throws DemoException, InterruptedException {
        for (int i = 0; i < 40; i++) {
            try {
                Element answer = soap.call("GetPublication", Xml.of().el("requestId", id("pub-" + System.nanoTime()))
                        .el("operator", MAKER).el("caseNumber", n).toString());
                Element publication = Soap.first(answer, "publication");
                if (publication != null) {
                    return Long.parseLong(Soap.text(publication, "id"));
                }
            } catch (DemoException e) {
                if (!e.getMessage().contains("SX-NOTFOUND")) {
                    throw e;
                }
            }
            Thread.sleep(250);
        }
        throw new DemoException("no publication was opened for " + n + " after its decision");
    }

    // ------------------------------------------------------------------ a permit and a draw

    private void permit() throws DemoException, InterruptedException {
        String n = number("许", 1);
        String party = "长治市屯留区某矿业有限公司";
        Element opened = write("OpenPublication", "open-permit", x -> x.el("operator", MAKER).el("caseNumber", n)
                .el("kind", "PERMIT").el("decisionDate", today));
        long pub = Long.parseLong(Soap.text(opened, "id"));
        write("DraftPermit", "draft-permit", x -> x.el("operator", MAKER).el("publicationId", pub).open("permit", p -> p
                .open("party", q -> q.el("name", party).el("type", "LEGAL_PERSON").el("uscc", company(3))
                        .el("legalRepresentative", "刘某"))
                .el("documentName", "采矿许可证核发决定书").el("documentNumber", n).el("category", "APPROVAL")
                .el("content", "准予新立采矿权，核发采矿许可证（开采矿种：建筑用砂岩）").el("decisionDate", today)
                .el("validFrom", today).el("validTo", today.plusYears(5)).el("authority", BUREAU)
                .el("authorityUscc", BUREAU_USCC).el("status", "VALID").el("dataSource", BUREAU)
                .el("dataSourceUscc", BUREAU_USCC)));
        write("ApprovePublication", "approve-permit", x -> x.el("operator", CHECKER).el("publicationId", pub));
        write("PublishPublication", "publish-permit", x -> x.el("operator", CHECKER).el("publicationId", pub));
        publications.add(pub);
    }

    private long draw() throws DemoException, InterruptedException {
        String[] names = {"长治市潞州区某建材有限公司", "长治市上党区某矿业有限公司", "长治市屯留区某矿业有限公司", "长治市潞城区某置业有限公司",
            "长治市襄垣县某煤业有限公司", "长治市长子县某砖瓦厂", "长治市壶关县某石料有限公司", "长治市沁县某农业开发有限公司"};
        Element answer = write("DrawInspection", "draw-1", x -> {
            x.el("operator", CHECKER).open("item", i -> i.el("code", "SJ-001").el("name", "土地利用情况检查")
                    .el("category", "土地").el("ratio", "0.25"));
            for (int i = 0; i < names.length; i++) {
                String code = company(i + 1);
                String name = names[i];
                x.open("subject", s -> s.el("id", code).el("name", name).el("uscc", code));
            }
            for (String o : List.of("demo-wjg", "demo-lh", "demo-zzg", "demo-sl")) {
                x.open("inspector", s -> s.el("officerId", o).el("category", "土地"));
            }
            x.el("seed", year + "年度土地利用情况双随机抽查-" + tag);
        });
        long drawId = Long.parseLong(Soap.text(answer, "id"));
        List<String> drawn = new ArrayList<>();
        for (Element a : Soap.children(Soap.first(answer, "draw"), "assignment")) {
            drawn.add(Soap.text(Soap.first(a, "subject"), "id"));
        }
        write("RecordInspectionResults", "results-1", x -> {
            x.el("operator", CHECKER).el("drawId", drawId).el("inspectionEnd", today);
            for (int i = 0; i < drawn.size(); i++) {
                String result = i == 0 ? "NO_PROBLEM_FOUND" : "PROBLEM_FOUND_RECTIFICATION_ORDERED";
                String subject = drawn.get(i);
                x.open("result", r -> r.el("subjectId", subject).el("result", result));
            }
        });
        write("PublishInspectionResults", "publish-results-1", x -> x.el("operator", CHECKER).el("drawId", drawId));
        return drawId;
    }

    // ------------------------------------------------------------------ calls

    private Element write(String operation, String step, Consumer<Xml> body) throws DemoException, InterruptedException {
        Xml x = Xml.of().el("requestId", id(step));
        body.accept(x);
        return soap.call(operation, x.toString());
    }

    private String id(String step) {
        return "demo-" + tag + "-" + step;
    }

    private static String base64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    static LocalDate today() {
        return LocalDate.now(CHINA);
    }
}
