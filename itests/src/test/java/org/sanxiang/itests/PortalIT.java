package org.sanxiang.itests;

import static org.awaitility.Awaitility.await;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;

/**
 * The distribution as a newcomer starts it ({@code bin/karaf server}, demo on as shipped) and the public portal in
 * a real browser (issue: portal and demo; R-D1, R-D3, R-D5, R-D6, R-D2):
 * <ul>
 * <li>within a minute and without editing a file the demo wires the simulators and loads its data through the
 * Enforcement service: registers on the HallWindow, publications ACCEPTED by the credit simulator, the annual
 * report at the supervision office simulator;</li>
 * <li>the portal answers with a strict CSP, nosniff, ETag and 304, Chinese error pages without a stack trace, and
 * open data without ID numbers;</li>
 * <li>in headless Chromium: the lists show the demo data, a search by 统一社会信用代码 finds the decision, the
 * revoked decision shows its reason, a party named {@code <script>…} is shown as text, the flowchart and the
 * report's charts are drawn; a screenshot of each page is kept under {@code target/portal-screenshots/}.</li>
 * </ul>
 */
public class PortalIT {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final String ENF = "urn:sanxiang:enforcement:v1";
    private static final String HOSTILE = "<script>alert('x')</script>长治某\"测试\"&公司";

    @Test
    public void aNewcomersHubRunsTheDemoAndThePublicReadsItInABrowser() throws Exception {
        Path work = Path.of("target/portal-" + UUID.randomUUID().toString().substring(0, 8)).toAbsolutePath();
        try (StandaloneHub hub = new StandaloneHub(work, null)) {
            hub.set("etc/org.sanxiang.demo.cfg", "demo", "true");
            long t0 = System.nanoTime();
            hub.start();
            await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1))
                    .until(() -> hub.log().contains("Demo ready") || hub.log().contains("Demo: the demo data was not"));
            assertFalse(hub.log(), hub.log().contains("Demo: the demo data was not"));
            System.out.printf("[portal] demo ready %d s after bin/karaf server%n", (System.nanoTime() - t0) / 1_000_000_000);
            int year = LocalDate.now(CHINA).getYear();

            // what a newcomer sees cross the hub: deliveries accepted by the simulators
            await().atMost(Duration.ofSeconds(90)).until(() -> accepted(hub.cli("sanxiang:outbox-list -c credit")
                    .output(), "PUBLISH") >= 3);
            String credit = hub.cli("sanxiang:outbox-list -c credit").output();
            assertTrue(credit, accepted(credit, "REVOKE") == 1 && accepted(credit, "INSPECTION_RESULT") >= 1);
            await().atMost(Duration.ofSeconds(90)).until(() -> hub.cli("sanxiang:outbox-list -c supervision").output()
                    .lines().anyMatch(l -> l.startsWith("REPORT-" + year) && l.contains("ACCEPTED")));
            Properties credentials = new Properties();
            try (InputStream in = Files.newInputStream(hub.home.resolve("etc/sanxiang-demo.credentials"))) {
                credentials.load(in);
            }
            assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(
                    Files.getPosixFilePermissions(hub.home.resolve("etc/sanxiang-demo.credentials"))));
            StandaloneHub.Answer items = hub.soap("/cxf/hall/window", "urn:sanxiang:hall-window:v1", "demo-screen",
                    credentials.getProperty("demo-screen"), "ListEnforcementItems", "");
            assertTrue(items.body(), items.status() == 200 && items.body().contains("对非法占用土地的行政处罚"));
            String creditCfg = Files.readString(hub.home.resolve("etc/org.sanxiang.credit.cfg"));
            assertTrue("the generated credentials are in etc/", creditCfg.contains("receiver.user = demo-credit"));

            // a decision with a hostile party name, published through the Enforcement service
            String loader = credentials.getProperty("demo-loader");
            String number = "长自然资罚〔" + year + "〕XSS-" + UUID.randomUUID().toString().substring(0, 6) + "号";
            long hostile = publishPenalty(hub, loader, number);

            http(hub, hostile);
            try (Browser b = Browser.open(Path.of("target/portal-screenshots"))) {
                browse(b, "http://127.0.0.1:" + hub.httpPort + "/portal", year, hostile);
            }
        }
    }

    private static long accepted(String outbox, String action) {
        return outbox.lines().filter(l -> l.contains("-" + action) && l.contains("ACCEPTED")).count();
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static String call(StandaloneHub hub, String password, String op, String inner) throws Exception {
        StandaloneHub.Answer a = hub.soap("/cxf/hub/enforcement", ENF, "demo-loader", password, op,
                "<p:requestId>portal-it-" + UUID.randomUUID() + "</p:requestId>" + inner);
        assertEquals(op + ": " + a.body(), 200, a.status());
        return a.body();
    }

    private static long publishPenalty(StandaloneHub hub, String pw, String number) throws Exception {
        String today = LocalDate.now(CHINA).toString();
        String opened = call(hub, pw, "OpenPublication", "<p:operator>it-maker</p:operator><p:caseNumber>" + number
                + "</p:caseNumber><p:kind>PENALTY</p:kind><p:decisionDate>" + today + "</p:decisionDate>");
        Matcher m = Pattern.compile("<id>(\\d+)</id>").matcher(opened);
        assertTrue(opened, m.find());
        long id = Long.parseLong(m.group(1));
        call(hub, pw, "DraftPenalty", "<p:operator>it-maker</p:operator><p:publicationId>" + id + "</p:publicationId>"
                + "<p:severity>GENERAL</p:severity><p:penalty><p:party><p:name>" + esc(HOSTILE) + "</p:name>"
                + "<p:type>LEGAL_PERSON</p:type><p:uscc>91350100M000100Y43</p:uscc><p:legalRepresentative>周某"
                + "</p:legalRepresentative></p:party><p:decisionNumber>" + number + "</p:decisionNumber>"
                + "<p:violationType>非法占用土地</p:violationType><p:violationFacts>" + esc("<img src=x onerror=alert(1)>")
                + "</p:violationFacts><p:basis>《中华人民共和国土地管理法》第七十七条</p:basis><p:category>FINE</p:category>"
                + "<p:content>罚款人民币5000元</p:content><p:fineYuan>5000</p:fineYuan><p:decisionDate>" + today
                + "</p:decisionDate><p:authority>长治市自然资源局</p:authority><p:authorityUscc>111404000123456783"
                + "</p:authorityUscc><p:dataSource>长治市自然资源局</p:dataSource><p:dataSourceUscc>111404000123456783"
                + "</p:dataSourceUscc></p:penalty>");
        call(hub, pw, "ApprovePublication", "<p:operator>it-checker</p:operator><p:publicationId>" + id
                + "</p:publicationId>");
        call(hub, pw, "PublishPublication", "<p:operator>it-checker</p:operator><p:publicationId>" + id
                + "</p:publicationId>");
        return id;
    }

    /** The portal as HTTP: headers, caching, errors, open data. */
    private static void http(StandaloneHub hub, long hostile) throws Exception {
        StandaloneHub.Answer front = hub.get("/portal/");
        assertEquals(200, front.status());
        String csp = front.header("Content-Security-Policy");
        assertNotNull(csp);
        assertTrue(csp, csp.contains("default-src 'none'") && !csp.contains("unsafe-inline")
                && !csp.contains("script-src"));
        assertEquals("nosniff", front.header("X-Content-Type-Options"));
        String etag = front.header("ETag");
        assertNotNull(etag);
        StandaloneHub.Answer again = hub.get("/portal/", "If-None-Match", etag);
        assertEquals("unchanged: 304 without a body", 304, again.status());
        assertEquals("", again.body());

        StandaloneHub.Answer gone = hub.get("/portal/decisions/987654321");
        assertEquals(404, gone.status());
        assertTrue(gone.body(), gone.body().contains("不在公示期内"));
        StandaloneHub.Answer bad = hub.get("/portal/decisions?from=2026-13-45");
        assertEquals(400, bad.status());
        assertTrue(bad.body(), bad.body().contains("格式有误"));
        for (StandaloneHub.Answer a : List.of(gone, bad, hub.get("/portal/no/such/page"), hub.get("/portal/data/x.xml"))) {
            assertFalse(a.body(), a.body().contains("Exception") || a.body().contains("at org.")
                    || a.body().contains("java."));
        }

        StandaloneHub.Answer personnel = hub.get("/portal/data/personnel.json");
        assertEquals(200, personnel.status());
        assertTrue(personnel.body(), personnel.body().contains("14040020260002") && !personnel.body().contains("身份证"));
        assertEquals("*", personnel.header("Access-Control-Allow-Origin"));
        StandaloneHub.Answer csv = hub.get("/portal/data/decisions.csv");
        assertTrue(csv.header("Content-Type"), csv.header("Content-Type").startsWith("text/csv"));
        assertTrue("UTF-8 with BOM", csv.body().startsWith("\uFEFF公示编号,决定类别,状态,撤销理由"));
        assertEquals("3 demo decisions and the hostile one, a row each", 5, csv.body().split("\r\n").length);
        String json = hub.get("/portal/data/decisions.json").body();
        assertTrue(json, json.contains("\\u003cscript\\u003e") && !json.contains("<script>"));
        assertTrue(json, json.contains("\"id\":" + hostile));
    }

    /** The portal in the browser, as the public uses it. */
    private static void browse(Browser b, String portal, int year, long hostile) throws Exception {
        b.go(portal + "/");
        assertTrue(b.driver.getTitle(), b.driver.getTitle().contains("长治市自然资源局"));
        List<WebElement> tiles = b.driver.findElements(By.cssSelector(".tiles li"));
        assertEquals(5, tiles.size());
        assertTrue(tiles.get(1).getText(), tiles.get(1).getText().startsWith("4") && tiles.get(1).getText().contains("行政执法人员清单"));
        assertEquals(4, b.driver.findElements(By.cssSelector("#latest-decisions tbody tr")).size());
        b.shot("01-front-page");

        // a search by 统一社会信用代码, typed into the form
        String uscc = "91140400MA0K00011P";
        b.go(portal + "/decisions");
        b.driver.findElement(By.id("s-uscc")).sendKeys(uscc);
        b.driver.findElement(By.cssSelector("form.search button")).click();
        List<WebElement> rows = b.driver.findElements(By.cssSelector("#decisions tbody tr"));
        assertEquals(1, rows.size());
        assertTrue(rows.get(0).getText(), rows.get(0).getText().contains(uscc) && rows.get(0).getText().contains("公示中"));
        b.shot("02-search-by-uscc");
        rows.get(0).findElement(By.tagName("a")).click();
        assertTrue(b.driver.getCurrentUrl(), b.driver.getCurrentUrl().matches(".*/portal/decisions/\\d+"));
        assertTrue(b.driver.getPageSource().contains("长治市潞州区某建材有限公司"));

        // the revoked decision, with its public reason
        b.go(portal + "/decisions?uscc=91140400MA0K00022U");
        b.driver.findElement(By.cssSelector("#decisions tbody tr a")).click();
        assertEquals("行政复议机关决定撤销原处罚决定，责令重新作出", b.driver.findElement(By.id("reason")).getText());
        b.shot("03-revoked-decision");

        // the hostile name is text: shown as typed, nothing ran
        b.go(portal + "/decisions/" + hostile);
        WebElement fields = b.driver.findElement(By.cssSelector("dl.fields"));
        assertTrue(fields.getText(), fields.getText().contains(HOSTILE));
        assertTrue(fields.getText(), fields.getText().contains("<img src=x onerror=alert(1)>"));
        try {
            b.driver.switchTo().alert();
            fail("a script of the party's name ran");
        } catch (NoAlertPresentException expected) {
            // nothing ran
        }
        assertEquals(0L, ((JavascriptExecutor) b.driver).executeScript(
                "return document.querySelectorAll('script, img').length"));
        b.shot("04-hostile-name-as-text");

        // the service guide's flowchart, drawn
        b.go(portal + "/guides/XK-001");
        List<WebElement> boxes = b.driver.findElements(By.cssSelector("figure.flow svg rect"));
        assertEquals("eight steps of 采矿权新立登记", 8, boxes.size());
        assertEquals("and eight ways on", 8, b.driver.findElements(By.cssSelector("figure.flow svg path.edge")).size());
        if (b.real) {
            WebElement svg = b.driver.findElement(By.cssSelector("figure.flow svg"));
            assertTrue("drawn: " + svg.getRect().getDimension(), svg.getRect().getWidth() > 200
                    && svg.getRect().getHeight() > 300);
            assertTrue(boxes.get(0).getRect().getWidth() > 40);
        }
        b.shot("05-service-guide-flowchart");

        // a draw with its seed, re-run by the platform
        b.go(portal + "/draws");
        b.driver.findElement(By.cssSelector("#draws tbody tr a")).click();
        assertTrue(b.driver.findElement(By.id("seed")).getText().startsWith(year + "年度土地利用情况双随机抽查"));
        assertEquals(8, b.driver.findElements(By.cssSelector("#candidates tbody tr")).size());
        b.driver.findElement(By.id("verify")).click();
        assertTrue(b.driver.findElement(By.id("verified")).getText().contains("结果与公开结果一致"));
        b.shot("06-draw-verified");

        // the annual report and its charts
        b.go(portal + "/report");
        b.driver.findElement(By.linkText(year + "年度行政执法统计年报")).click();
        List<WebElement> charts = b.driver.findElements(By.cssSelector("figure svg"));
        assertTrue("charts: " + charts.size(), charts.size() >= 3);
        for (WebElement chart : charts) {
            assertFalse("a chart draws something", chart.findElements(By.cssSelector("rect, path, circle, line")).isEmpty());
            if (b.real) {
                assertTrue(chart.getRect().getWidth() > 100 && chart.getRect().getHeight() > 50);
            }
        }
        assertTrue(b.driver.getPageSource().contains(year + "年度行政执法统计年报"));
        b.shot("07-annual-report");
    }
}
