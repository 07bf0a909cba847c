package org.sanxiang.itests;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.htmlunit.HtmlUnitDriver;

/**
 * A real browser for the portal's tests: headless Chromium through chromedriver (Debian {@code chromium},
 * {@code chromium-driver}; CI installs both and sets {@code -Dsanxiang.browser=chromium}, so that their absence
 * fails the build). On a machine without them HtmlUnit stands in — the same pages, DOM and links, but no layout,
 * so no drawn sizes and no screenshots; the test says which one ran.
 */
final class Browser implements AutoCloseable {

    static final String CHROMIUM = System.getProperty("sanxiang.chromium", "/usr/bin/chromium");
    static final String DRIVER = System.getProperty("sanxiang.chromedriver", "/usr/bin/chromedriver");

    final WebDriver driver;
    /** Chromium, which lays pages out and draws them (HtmlUnit does not). */
    final boolean real;
    private final Path shots;

    private Browser(WebDriver driver, boolean real, Path shots) {
        this.driver = driver;
        this.real = real;
        this.shots = shots;
    }

    static Browser open(Path shots) throws IOException {
        String choice = System.getProperty("sanxiang.browser", "");
        boolean present = new File(CHROMIUM).canExecute() && new File(DRIVER).canExecute();
        if (choice.equals("chromium") && !present) {
            throw new IllegalStateException("-Dsanxiang.browser=chromium but " + CHROMIUM + " or " + DRIVER
                    + " is missing (apt-get install chromium chromium-driver)");
        }
        Files.createDirectories(shots);
        if (!choice.equals("htmlunit") && present) {
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM);
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--window-size=1280,1800", "--lang=zh-CN", "--hide-scrollbars");
            ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER))
                    .usingAnyFreePort().build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
            System.out.println("[portal] browser: Chromium " + driver.getCapabilities().getBrowserVersion());
            return new Browser(driver, true, shots);
        }
        System.out.println("[portal] browser: HtmlUnit (no Chromium here: no layout, no screenshots)");
        return new Browser(new HtmlUnitDriver(true), false, shots);
    }

    void go(String url) {
        driver.get(url);
    }

    /** Keeps a screenshot of the page as {@code <shots>/<name>.png} (Chromium only). */
    void shot(String name) throws IOException {
        if (real) {
            byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
            Files.write(shots.resolve(name + ".png"), png);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
