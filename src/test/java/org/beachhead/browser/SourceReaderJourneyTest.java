package org.beachhead.browser;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Read it in the source", at a phone's and a desktop's width: the passage lands in view with room
 * above it, stands out from the other excerpts, and is set in a Latin font on a Chinese page.
 */
class SourceReaderJourneyTest extends BrowserTest {

    @ParameterizedTest
    @ValueSource(strings = {PHONE, DESKTOP})
    void theTargetPassageIsInViewWithRoomAboveAndStandsOut(String size) {
        windowOf(size);
        open("/events/netflix-wasu-talks");
        WebElement link = one("figure.excerpt a.source-link");
        String fragment = link.getAttribute("href").substring(link.getAttribute("href").indexOf('#') + 1);
        script("arguments[0].scrollIntoView({block: 'center'})", link);
        link.click();
        waitFor(ExpectedConditions.urlContains("#" + fragment));
        snap("source");

        WebElement target = one("#" + fragment);
        long top = ((Number) script("return arguments[0].getBoundingClientRect().top", target)).longValue();
        long bottom = ((Number) script("return arguments[0].getBoundingClientRect().bottom", target)).longValue();
        long height = ((Number) script("return window.innerHeight")).longValue();
        assertThat(top).as("room above the passage").isGreaterThanOrEqualTo(height / 10);
        assertThat(bottom).as("the passage's first line in view").isLessThan(height);

        List<WebElement> runs = all("mark[data-excerpt='" + fragment + "']");
        assertThat(runs).isNotEmpty().allMatch(run -> run.getAttribute("class").contains("current"));
        String targetColour = target.getCssValue("background-color");
        List<WebElement> others = all(".article-text mark:not(.current)");
        assertThat(others).isNotEmpty().allMatch(other -> !other.getCssValue("background-color").equals(targetColour));
        assertThat(alpha(targetColour)).isEqualTo(1.0);
        assertThat(others).allMatch(other -> alpha(other.getCssValue("background-color")) <= 0.25);
    }

    @ParameterizedTest
    @ValueSource(strings = {PHONE, DESKTOP})
    void onAChinesePageTheArticleIsEnglishAndNoChineseFontSetsIt(String size) {
        windowOf(size);
        open("/sources/blog-2015-netflix-letv-talks?lang=zh-CN");

        assertThat(one("html").getAttribute("lang")).isEqualTo("zh-CN");
        assertThat(one(".article-text").getAttribute("lang")).isEqualTo("en");
        for (String css : List.of(".article-text", ".passages q", "main h1")) {
            assertThat(one(css).getCssValue("font-family")).as(css).doesNotContainIgnoringCase("CJK").doesNotContain("SC");
        }
        assertThat(one(".article-text").getText()).contains("China’s");
    }

    private static double alpha(String colour) {
        return colour.startsWith("rgba(") ? Double.parseDouble(colour.replaceAll(".*,\\s*([0-9.]+)\\)$", "$1")) : 1.0;
    }
}
