package org.beachhead.browser;

import org.beachhead.web.PageTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The real app read in Debian's Chromium, one browser per test class, at a phone's or a desktop's
 * window size. Each step leaves a screenshot under target/screenshots, named after the test.
 */
@EnabledIf("org.beachhead.browser.Chromium#installed")
abstract class BrowserTest extends PageTest {

    static final String PHONE = "390x844";
    static final String DESKTOP = "1366x900";

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    static ChromeDriver browser;

    private int step;
    private String testName;

    @BeforeAll
    static void startBrowser() throws IOException {
        Files.createDirectories(SCREENSHOTS);
        browser = Chromium.start();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @BeforeEach
    void nameTheScreenshots(TestInfo test) {
        String display = test.getDisplayName();
        testName = test.getTestMethod().orElseThrow().getName() + (display.startsWith("[") ? display.replaceAll("[^A-Za-z0-9]+", "-") : "");
        step = 0;
    }

    @AfterEach
    void forgetTheVisit() {
        browser.manage().deleteAllCookies();
    }

    /** The page's viewport, as "390x844" (a phone's, with its touch screen's rules, when that narrow). */
    void windowOf(String size) {
        String[] sides = size.split("x");
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", Integer.parseInt(sides[0]),
                "height", Integer.parseInt(sides[1]), "deviceScaleFactor", 1, "mobile", sides[0].equals("390")));
    }

    void open(String path) {
        browser.get("http://localhost:" + port + path);
        snap(path.replaceAll("[^a-z0-9]+", "-"));
    }

    /** Waits (a few seconds at most) until the condition holds, as a page the script loads arrives later than the click. */
    static <T> T waitFor(ExpectedCondition<T> condition) {
        return new WebDriverWait(browser, Duration.ofSeconds(10)).until(condition);
    }

    static List<WebElement> all(String css) {
        return browser.findElements(By.cssSelector(css));
    }

    static WebElement one(String css) {
        return browser.findElement(By.cssSelector(css));
    }

    static Object script(String script, Object... arguments) {
        return browser.executeScript(script, arguments);
    }

    void snap(String name) {
        Path file = SCREENSHOTS.resolve(testName + "-" + (++step) + "-" + name + ".png");
        try {
            Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), file, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new IllegalStateException("cannot save " + file, e);
        }
    }
}
