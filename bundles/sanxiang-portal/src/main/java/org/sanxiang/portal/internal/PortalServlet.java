package org.sanxiang.portal.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.sanxiang.api.disclosure.DrawInputs;
import org.sanxiang.api.disclosure.InspectionDraw;
import org.sanxiang.api.disclosure.Inspections;
import org.sanxiang.api.disclosure.PublicDecision;
import org.sanxiang.api.disclosure.Publications;
import org.sanxiang.api.disclosure.RegisterEntry;
import org.sanxiang.api.disclosure.RegisterType;
import org.sanxiang.api.disclosure.Registers;
import org.sanxiang.api.statistics.AnnualStatistics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The portal (统一公示平台): read-only pages for the public and the same lists as open data. Every page is made from
 * the domain services at the request (no copy to go stale), escaped by its template, sent with a strict
 * Content-Security-Policy (no script), {@code nosniff}, and an ETag of its content (a repeated request with
 * {@code If-None-Match} is answered 304 without a body). A failure shows a Chinese page with an incident number —
 * the stack trace goes to the log, never to the reader.
 */
final class PortalServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(PortalServlet.class);
    private static final int MAX_PARAM = 100;
    private static final int LATEST = 10;

    private final transient Registers registers;
    private final transient Publications publications;
    private final transient Inspections inspections;
    private final transient Supplier<Optional<AnnualStatistics>> statistics;
    private final transient Pages pages = new Pages();
    private final transient OpenData openData;
    private final transient Semaphore replays = new Semaphore(1);
    private final transient Map<Integer, CachedReport> reports = new ConcurrentHashMap<>();
    private final String base;
    private final String bureau;
    private final int pageSize;
    private final long reportCacheMillis;
    private final int maxAge;
    private final byte[] css;

    private record CachedReport(long madeAt, String html, String policy) {
    }

    PortalServlet(Registers registers, Publications publications, Inspections inspections,
                  Supplier<Optional<AnnualStatistics>> statistics, PortalConfig config) throws IOException {
        this.registers = registers;
        this.publications = publications;
        this.inspections = inspections;
        this.statistics = statistics;
        this.base = config.path().endsWith("/") ? config.path().substring(0, config.path().length() - 1)
                : config.path();
        this.bureau = config.bureau();
        this.pageSize = Math.max(1, Math.min(config.page_size(), 50));
        this.reportCacheMillis = Math.max(0, config.report_cache_seconds()) * 1000L;
        this.maxAge = Math.max(0, config.max_age_seconds());
        this.openData = new OpenData(registers, publications, inspections, base);
        try (InputStream in = PortalServlet.class.getResourceAsStream("/org/sanxiang/portal/static/portal.css")) {
            this.css = in.readAllBytes();
        }
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getPathInfo() == null ? "" : req.getPathInfo();
        Reply reply;
        try {
            reply = route(path, req);
        } catch (PortalException e) {
            reply = Reply.error(e.status, errorPage(e.status, e.getMessage()));
        } catch (RuntimeException | IOException e) {
            String incident = UUID.randomUUID().toString().substring(0, 8);
            LOG.warn("portal: {} {} failed (incident {})", req.getMethod(), path, incident, e);
            reply = Reply.error(500, errorPage(500, "页面暂时无法显示，请稍后再试（事件编号 " + incident + "）"));
        }
        try (Reply r = reply) {
            send(r, req, resp);
        }
    }

    private void send(Reply r, HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.setHeader("X-Content-Type-Options", "nosniff");
        resp.setHeader("Referrer-Policy", "same-origin");
        resp.setHeader("X-Frame-Options", "DENY");
        resp.setHeader("Content-Security-Policy", r.policy);
        if (r.openData) {
            resp.setHeader("Access-Control-Allow-Origin", "*");
        }
        if (!r.cacheable) {
            resp.setHeader("Cache-Control", "no-store");
            resp.setStatus(r.status);
            resp.setContentType(r.contentType);
            resp.setContentLengthLong(r.body.size());
            r.body.copyTo(resp.getOutputStream());
            return;
        }
        String etag = r.body.etag();
        resp.setHeader("ETag", etag);
        resp.setHeader("Cache-Control", "public, max-age=" + maxAge);
        if (matches(req.getHeader("If-None-Match"), etag)) {
            resp.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        resp.setStatus(r.status);
        resp.setContentType(r.contentType);
        if (r.disposition != null) {
            resp.setHeader("Content-Disposition", r.disposition);
        }
        resp.setContentLengthLong(r.body.size());
        r.body.copyTo(resp.getOutputStream());
    }

    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String tag : ifNoneMatch.split(",")) {
            String t = tag.strip();
            if (t.startsWith("W/")) {
                t = t.substring(2);
            }
            if (t.equals("*") || t.equals(etag)) {
                return true;
            }
        }
        return false;
    }

    // ------------------------------------------------------------------ routing

    private Reply route(String path, HttpServletRequest req) throws IOException {
        if (path.isEmpty() || path.equals("/")) {
            return Reply.page(render("index", index()));
        }
        if (path.equals("/static/portal.css")) {
            Spool s = new Spool();
            s.write(css);
            return Reply.of("text/css; charset=UTF-8", s, Reply.DATA_POLICY);
        }
        String[] seg = path.substring(1).split("/", 2);
        String head = seg[0];
        String rest = seg.length > 1 ? seg[1] : "";
        switch (head) {
            case "decisions":
                return rest.isEmpty() ? Reply.page(render("decisions", decisions(req))) : decision(rest);
            case "draws":
                return rest.isEmpty() ? Reply.page(render("draws", draws())) : draw(rest, req);
            case "report":
                return rest.isEmpty() ? Reply.page(render("reports", reportYears())) : report(rest);
            case "data":
                return rest.isEmpty() ? Reply.page(render("data", model("开放数据", "data"))) : data(rest);
            case "guides":
                if (!rest.isEmpty()) {
                    return Reply.page(render("guide", guide(rest)));
                }
                break;
            default:
                break;
        }
        if (rest.isEmpty()) {
            Optional<Lists> list = Lists.bySlug(head);
            if (list.isPresent()) {
                return Reply.page(render("register", register(list.get())));
            }
        }
        throw PortalException.notFound("没有这个页面");
    }

    private String render(String template, Map<String, Object> model) {
        return pages.render(template, model);
    }

    private Map<String, Object> model(String title, String active) {
        Map<String, Object> m = new HashMap<>();
        m.put("base", base);
        m.put("bureau", bureauName());
        m.put("title", title);
        m.put("active", active);
        m.put("today", today().toString());
        m.put("lists", List.of(Lists.values()).stream().filter(l -> l != Lists.FLOWS)
                .map(l -> Map.of("slug", l.slug, "title", l.title())).toList());
        m.put("datasets", datasets());
        return m;
    }

    /** The open data sets as the templates read them. */
    static List<Map<String, String>> datasets() {
        return OpenData.datasets().stream().map(d -> Map.of("name", d.name(), "title", d.title())).toList();
    }

    private String bureauName() {
        List<RegisterEntry> bodies = registers.asOf(RegisterType.BODY, today());
        return bodies.isEmpty() ? bureau : bodies.get(0).fields().getOrDefault("名称", bureau);
    }

    private static LocalDate today() {
        return LocalDate.now(Views.CHINA);
    }

    private String errorPage(int status, String message) {
        Map<String, Object> m = new HashMap<>();
        m.put("base", base);
        m.put("bureau", bureau);
        m.put("title", status == 404 ? "页面不存在" : status == 400 ? "请求有误" : "暂时无法显示");
        m.put("active", "");
        m.put("today", today().toString());
        m.put("lists", List.of());
        m.put("datasets", List.of());
        m.put("status", status);
        m.put("message", message);
        try {
            return pages.render("error", m);
        } catch (RuntimeException e) {
            LOG.warn("portal: the error page could not be rendered", e);
            return "<!DOCTYPE html><html lang=\"zh-CN\"><meta charset=\"utf-8\"><title>错误</title><p>"
                    + status + "</p></html>";
        }
    }

    // ------------------------------------------------------------------ pages

    private Map<String, Object> index() {
        Map<String, Object> m = model("首页", "index");
        LocalDate today = today();
        List<Map<String, Object>> counts = new ArrayList<>();
        for (Lists l : Lists.values()) {
            if (l != Lists.FLOWS) {
                counts.add(Map.of("slug", l.slug, "title", l.title(), "count", registers.asOf(l.type, today).size()));
            }
        }
        m.put("counts", counts);
        PublicDecision.Page latest = publications.publicSearch(PublicDecision.Query.all(1, LATEST));
        m.put("decisions", latest.items().stream().map(d -> Views.decision(d, base)).toList());
        m.put("decisionTotal", latest.total());
        m.put("draws", inspections.draws(5).stream().map(d -> Views.draw(d, base)).toList());
        m.put("bodies", registers.asOf(RegisterType.BODY, today).stream()
                .map(e -> Views.entry(Lists.BODIES, e, base)).toList());
        return m;
    }

    private Map<String, Object> register(Lists list) {
        Map<String, Object> m = model(list.title(), list.slug);
        List<Views.Entry> entries = registers.asOf(list.type, today()).stream().map(e -> Views.entry(list, e, base))
                .toList();
        m.put("list", Map.of("slug", list.slug, "title", list.title()));
        m.put("entries", entries);
        if (list == Lists.FLOWS) {
            Map<String, Flowchart> charts = new LinkedHashMap<>();
            for (RegisterEntry e : registers.asOf(RegisterType.PROCESS_FLOW, today())) {
                charts.put(e.key(), Flowchart.of(e.fields()));
            }
            m.put("charts", charts);
        }
        return m;
    }

    private Map<String, Object> guide(String key) {
        LocalDate today = today();
        RegisterEntry guide = registers.asOf(RegisterType.SERVICE_GUIDE, today).stream()
                .filter(e -> e.key().equals(key)).findFirst()
                .orElseThrow(() -> PortalException.notFound("没有这份服务指南（可能已停止公开）"));
        Views.Entry entry = Views.entry(Lists.GUIDES, guide, base);
        String name = guide.fields().getOrDefault("事项名称", "");
        List<RegisterEntry> flows = registers.asOf(RegisterType.PROCESS_FLOW, today);
        Optional<RegisterEntry> flow = flows.stream().filter(e -> e.key().equals(key)).findFirst()
                .or(() -> flows.stream().filter(e -> name.equals(e.fields().get("事项名称"))).findFirst());
        Map<String, Object> m = model(entry.title(), "guides");
        m.put("entry", entry);
        m.put("chart", flow.map(e -> Flowchart.of(e.fields())).orElse(null));
        return m;
    }

    private Map<String, Object> decisions(HttpServletRequest req) {
        String uscc = param(req, "uscc");
        String name = param(req, "name");
        String number = param(req, "number");
        LocalDate from = date(req, "from");
        LocalDate to = date(req, "to");
        int page = page(req);
        if (from != null && to != null && from.isAfter(to)) {
            throw PortalException.badRequest("起始日期不能晚于截止日期");
        }
        PublicDecision.Page result = publications.publicSearch(new PublicDecision.Query(
                uscc == null ? null : uscc.toUpperCase(java.util.Locale.ROOT), name, number, from, to, page,
                pageSize));
        Map<String, Object> m = model("行政许可和行政处罚决定", "decisions");
        Map<String, String> q = new LinkedHashMap<>();
        q.put("uscc", uscc == null ? "" : uscc);
        q.put("name", name == null ? "" : name);
        q.put("number", number == null ? "" : number);
        q.put("from", from == null ? "" : from.toString());
        q.put("to", to == null ? "" : to.toString());
        m.put("q", q);
        m.put("searched", q.values().stream().anyMatch(v -> !v.isEmpty()));
        m.put("items", result.items().stream().map(d -> Views.decision(d, base)).toList());
        m.put("total", result.total());
        m.put("page", result.page());
        m.put("pages", result.pages());
        StringBuilder qs = new StringBuilder();
        q.forEach((k, v) -> {
            if (!v.isEmpty()) {
                qs.append(k).append('=').append(java.net.URLEncoder.encode(v, StandardCharsets.UTF_8)).append('&');
            }
        });
        m.put("query", qs.toString());
        List<Integer> window = new ArrayList<>();
        for (int p = Math.max(1, page - 3); p <= Math.min(result.pages(), page + 3); p++) {
            window.add(p);
        }
        m.put("window", window);
        return m;
    }

    private Reply decision(String id) {
        long n = number(id, "没有这条公示");
        PublicDecision d = publications.publicDecision(n)
                .orElseThrow(() -> PortalException.notFound("这条决定不在公示期内（公示期满已撤下，或编号有误）"));
        Views.Decision v = Views.decision(d, base);
        Map<String, Object> m = model(v.kind() + "决定 " + v.number(), "decisions");
        m.put("d", v);
        return Reply.page(render("decision", m));
    }

    private Map<String, Object> draws() {
        Map<String, Object> m = model("双随机抽查", "draws");
        m.put("draws", inspections.draws(100).stream().map(d -> Views.draw(d, base)).toList());
        return m;
    }

    private Reply draw(String id, HttpServletRequest req) {
        long n = number(id, "没有这次抽查");
        InspectionDraw d = inspections.findDraw(n).orElseThrow(() -> PortalException.notFound("没有这次抽查"));
        DrawInputs in = inspections.drawInputs(n).orElseThrow(() -> PortalException.notFound("没有这次抽查"));
        Views.Draw v = Views.draw(d, base);
        Map<String, Object> m = model("双随机抽查 " + v.itemName(), "draws");
        m.put("d", v);
        m.put("subjects", Views.subjects(in));
        m.put("inspectors", Views.inspectors(in));
        m.put("excluded", in.excluded());
        if (req.getParameter("verify") != null) {
            if (!replays.tryAcquire()) {
                throw PortalException.unavailable("正在核验另一次抽查，请稍后再试");
            }
            try {
                m.put("verified", inspections.replay(n) ? "same" : "different");
            } finally {
                replays.release();
            }
        }
        return Reply.page(render("draw", m));
    }

    private Map<String, Object> reportYears() {
        Map<String, Object> m = model("行政执法统计年报", "report");
        int year = today().getYear();
        m.put("years", List.of(year, year - 1, year - 2, year - 3));
        m.put("connected", statistics.get().isPresent());
        return m;
    }

    private Reply report(String yearText) {
        int year = (int) number(yearText, "没有这一年度的年报");
        int now = today().getYear();
        if (year < 2019 || year > now) {
            throw PortalException.notFound("没有" + year + "年度的年报");
        }
        AnnualStatistics s = statistics.get()
                .orElseThrow(() -> PortalException.unavailable("统计年报模块未接入，暂不能查看年报"));
        CachedReport c = reports.get(year);
        if (c == null || System.currentTimeMillis() - c.madeAt > reportCacheMillis) {
            String html = s.html(s.compute(year));
            html = html.replaceFirst("<main>", java.util.regex.Matcher.quoteReplacement(
                    "<main>\n<p><a href=\"" + base + "/report\">← 返回统一公示平台</a></p>"));
            c = new CachedReport(System.currentTimeMillis(), html, reportPolicy(html));
            reports.put(year, c);
        }
        return Reply.page(c.html, c.policy);
    }

    /** The report is one self-contained page with one inline style sheet: the policy allows exactly that sheet. */
    static String reportPolicy(String html) {
        int start = html.indexOf("<style>");
        int end = html.indexOf("</style>", start);
        String hash = "";
        if (start >= 0 && end > start) {
            try {
                byte[] d = MessageDigest.getInstance("SHA-256").digest(
                        html.substring(start + "<style>".length(), end).getBytes(StandardCharsets.UTF_8));
                hash = " 'sha256-" + Base64.getEncoder().encodeToString(d) + "'";
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
        return "default-src 'none'; style-src" + (hash.isEmpty() ? " 'none'" : hash) + "; img-src data:; "
                + "base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
    }

    private Reply data(String file) throws IOException {
        int dot = file.lastIndexOf('.');
        String name = dot < 0 ? file : file.substring(0, dot);
        String format = dot < 0 ? "" : file.substring(dot + 1);
        if (!OpenData.exists(name) || !(format.equals("csv") || format.equals("json"))) {
            throw PortalException.notFound("没有这项开放数据（格式为 .csv 或 .json）");
        }
        Spool spool = new Spool();
        try {
            openData.write(name, format, today(), spool);
        } catch (IOException | RuntimeException e) {
            spool.close();
            throw e;
        }
        Reply r = Reply.of(format.equals("csv") ? "text/csv; charset=UTF-8" : "application/json; charset=UTF-8",
                spool, Reply.DATA_POLICY);
        r.openData = true;
        r.disposition = "inline; filename=\"" + name + "." + format + "\"";
        return r;
    }

    // ------------------------------------------------------------------ parameters

    private static String param(HttpServletRequest req, String name) {
        String v = req.getParameter(name);
        if (v == null || v.isBlank()) {
            return null;
        }
        if (v.length() > MAX_PARAM) {
            throw PortalException.badRequest("查询条件过长（最多" + MAX_PARAM + "个字）");
        }
        return v.strip();
    }

    private static LocalDate date(HttpServletRequest req, String name) {
        String v = param(req, name);
        if (v == null) {
            return null;
        }
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw PortalException.badRequest("日期“" + v + "”格式有误，应写作 2026-01-31");
        }
    }

    private static int page(HttpServletRequest req) {
        String v = param(req, "page");
        if (v == null) {
            return 1;
        }
        try {
            int p = Integer.parseInt(v);
            if (p < 1 || p > 100_000) {
                throw new NumberFormatException();
            }
            return p;
        } catch (NumberFormatException e) {
            throw PortalException.badRequest("页码“" + v + "”有误");
        }
    }

    private static long number(String text, String notFound) {
        if (text.isEmpty() || text.length() > 18 || !text.chars().allMatch(Character::isDigit)) {
            throw PortalException.notFound(notFound);
        }
        return Long.parseLong(text);
    }
}
