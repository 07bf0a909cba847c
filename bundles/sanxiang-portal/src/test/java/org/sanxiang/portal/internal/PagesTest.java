package org.sanxiang.portal.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The templates escape every value: a hostile name or field is shown as text, never run (R-D1). */
class PagesTest {

    private static final String HOSTILE = "<script>alert('x')</script>\"&";

    private static Map<String, Object> frame(String title) {
        Map<String, Object> m = new HashMap<>();
        m.put("base", "/portal");
        m.put("bureau", "长治市自然资源局");
        m.put("title", title);
        m.put("active", "decisions");
        m.put("today", "2026-12-06");
        m.put("lists", List.of(Map.of("slug", "bodies", "title", "执法主体")));
        m.put("datasets", PortalServlet.datasets());
        return m;
    }

    @Test
    void aDecisionWithAHostilePartyNameShowsItAsTextWithTheRevocationReason() {
        Views.Decision d = new Views.Decision(7, "行政处罚", HOSTILE, "91350100M000100Y43", "长自然资罚〔2026〕1号",
                "2026-12-01", "2027-03-01", true, "复议撤销<b>", List.of(new Views.Field("行政相对人名称", HOSTILE)),
                "/portal/decisions/7", "2026-12-02 10:00");
        Map<String, Object> m = frame("决定");
        m.put("d", d);
        String html = new Pages().render("decision", m);
        assertFalse(html.contains("<script>"), html);
        assertTrue(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&quot;&amp;"), html);
        assertTrue(html.contains("复议撤销&lt;b&gt;"), "the reason is shown, escaped");
        assertTrue(html.contains("本决定已撤销"));
    }

    @Test
    void aServiceGuideDrawsItsFlowchartAsSvgWithEscapedLabels() {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("步骤1", "申请 → 受理<script>");
        f.put("步骤2", "受理<script> → 决定");
        Map<String, Object> m = frame("指南");
        m.put("entry", new Views.Entry("XK-1", "采矿权新立登记", "2026-01-01",
                List.of(new Views.Field("事项名称", "采矿权新立登记")), "/portal/guides/XK-1"));
        m.put("chart", Flowchart.of(f));
        String html = new Pages().render("guide", m);
        assertTrue(html.contains("<svg"), html);
        assertEquals(3, html.split("<rect ", -1).length - 1, "three steps, three boxes");
        assertEquals(2, html.split("class=\"edge", -1).length - 1, "two arrows");
        assertFalse(html.contains("<script>"));
        assertTrue(html.contains("受理&lt;script&gt;"));
    }

    @Test
    void theOpenDataPageLinksEveryListInBothFormats() {
        String html = new Pages().render("data", frame("开放数据"));
        for (OpenData.Dataset d : OpenData.datasets()) {
            assertTrue(html.contains("href=\"/portal/data/" + d.name() + ".csv\""), d.name());
            assertTrue(html.contains("href=\"/portal/data/" + d.name() + ".json\""), d.name());
        }
        assertTrue(html.contains("行政执法人员清单"));
    }

    @Test
    void theReportMayUseExactlyItsOwnStyleSheet() {
        String policy = PortalServlet.reportPolicy("<html><head><style>body{color:red}</style></head></html>");
        // echo -n 'body{color:red}' | openssl dgst -sha256 -binary | base64
        assertTrue(policy.contains("style-src 'sha256-"), policy);
        assertFalse(policy.contains("unsafe-inline"));
        assertTrue(policy.contains("default-src 'none'"));
        assertTrue(PortalServlet.matches("W/\"abc\", \"def\"", "\"def\""));
        assertTrue(PortalServlet.matches("\"abc\"", "\"abc\""));
        assertFalse(PortalServlet.matches("\"abc\"", "\"abd\""));
        assertFalse(PortalServlet.matches(null, "\"abc\""));
    }
}
