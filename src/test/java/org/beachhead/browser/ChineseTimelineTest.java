package org.beachhead.browser;

import org.beachhead.web.PageTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Switching to Chinese in a real browser shows the curators' Chinese headlines and Chinese names in the filters. */
@EnabledIf("org.beachhead.browser.Chromium#installed")
class ChineseTimelineTest extends PageTest {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static ChromeDriver browser;

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

    @Test
    void switchingToChineseShowsChineseHeadlinesOnTheTimeline() throws IOException {
        browser.get("http://localhost:" + port + "/timeline");
        assertThat(headlines()).contains("LeTV says it has closed a deal with Microsoft to build a global platform on Microsoft's cloud");

        browser.findElement(By.cssSelector(".languages a[hreflang='zh-Hans']")).click();
        Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), SCREENSHOTS.resolve("chinese-timeline.png"),
                StandardCopyOption.REPLACE_EXISTING);

        assertThat(browser.findElement(By.cssSelector("html")).getAttribute("lang")).isEqualTo("zh-CN");
        assertThat(headlines()).contains("乐视表示已与微软达成协议，在微软云上打造全球平台")
                .noneMatch(headline -> headline.contains("LeTV"));
        assertThat(browser.findElements(By.cssSelector("#partner-facets label")).stream().map(WebElement::getText))
                .contains("乐视", "华数传媒");
    }

    private static List<String> headlines() {
        return browser.findElements(By.cssSelector(".event-headline")).stream().map(WebElement::getText).toList();
    }
}
