package org.beachhead.browser;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The compact timeline and the story mode at a phone's and a desktop's width, in English and
 * Chinese: the 43 events fit in a few screens, the year index and "start here" lead where they say,
 * and the story's arrow keys step through the key events, each step with its excerpt and source.
 */
class TimelineViewsJourneyTest extends BrowserTest {

    @ParameterizedTest
    @CsvSource({"390x844, en, 8", "1366x900, en, 4", "390x844, zh-CN, 8", "1366x900, zh-CN, 4"})
    void theCompactViewFitsInAFewScreensAndItsIndexAndStartHereLeadOn(String size, String language, int screens) {
        windowOf(size);
        open("/timeline?view=compact&lang=" + language);

        long height = ((Number) script("return document.documentElement.scrollHeight")).longValue();
        long screen = ((Number) script("return window.innerHeight")).longValue();
        assertThat(all(".line")).hasSizeGreaterThan(40);
        assertThat(height).as("the page's height, in screens of " + screen + " px").isLessThanOrEqualTo(screens * screen);
        assertThat(overflow()).as("nothing wider than the screen").isLessThanOrEqualTo(0);

        one(".year-index a[href='#year-2017']").click();
        waitFor(ExpectedConditions.urlContains("#year-2017"));
        snap("year-2017");
        assertThat(top(one("#year-2017"))).isBetween(-1L, screen / 2);
        assertThat(one(".year-index .gap").getText()).contains("2018").contains("2022");

        WebElement start = one(".line .start-here");
        script("arguments[0].scrollIntoView({block: 'center'})", start);
        String expected = start.getText();
        start.click();
        waitFor(ExpectedConditions.urlContains("/story/"));
        snap("story");
        assertThat(expected).isEqualTo(language.equals("en") ? "Start here" : "从这里开始");
        assertThat(one(".story-step").getText()).isEqualTo(language.equals("en") ? "Step 1 of 9" : "第 1 步，共 9 步");
    }

    @ParameterizedTest
    @CsvSource({"390x844, en", "1366x900, en", "390x844, zh-CN"})
    void theStoryStepsByArrowKeysAndEachStepShowsItsExcerptAndSource(String size, String language) {
        windowOf(size);
        open("/story?lang=" + language);
        String first = one(".story-steps a[aria-current=step]").getAttribute("href");
        String opened = browser.getCurrentUrl();

        assertThat(one(".story-event mark.quote").isDisplayed()).isTrue();
        assertThat(one(".story-event a.source-link").getAttribute("href")).contains("/sources/").contains("#excerpt-");
        assertThat(overflow()).as("nothing wider than the screen").isLessThanOrEqualTo(0);
        assertThat(top(one(".story-event mark.quote"))).as("the excerpt on the first screen")
                .isLessThan(((Number) script("return window.innerHeight")).longValue());

        new Actions(browser).sendKeys(Keys.ARROW_RIGHT).perform();
        waitFor(ExpectedConditions.not(ExpectedConditions.urlToBe(opened)));
        snap("step-2");
        assertThat(one(".story-step").getText()).isEqualTo(language.equals("en") ? "Step 2 of 9" : "第 2 步，共 9 步");
        assertThat(browser.getCurrentUrl()).isEqualTo(one(".story-steps a[aria-current=step]").getAttribute("href"));

        new Actions(browser).sendKeys(Keys.ARROW_LEFT).perform();
        waitFor(ExpectedConditions.urlToBe(first));
        assertThat(all(".story-nav a[rel=prev]")).isEmpty();

        one(".story-event a.source-link").click();
        waitFor(ExpectedConditions.urlContains("#excerpt-"));
        String fragment = browser.getCurrentUrl().substring(browser.getCurrentUrl().indexOf('#') + 1);
        assertThat(top(one("#" + fragment))).as("the passage in view").isBetween(0L, ((Number) script("return window.innerHeight")).longValue());
    }

    @ParameterizedTest
    @CsvSource({"390x844, /timeline", "390x844, /timeline?view=compact", "390x844, /story/netflix-wasu-talks",
            "1366x900, /timeline?view=compact", "1366x900, /story/netflix-wasu-talks"})
    void everyLinkOfTheViewsControlsIsAtLeast24PixelsSquare(String size, String path) {
        windowOf(size);
        open(path);

        List<WebElement> targets = all(".order-toggle a, .view-switch a, .year-index a, .start-here, .story-nav a, .story-steps a");
        assertThat(targets).isNotEmpty();
        for (WebElement target : targets) {
            assertThat(target.getRect().getHeight()).as(target.getText()).isGreaterThanOrEqualTo(24);
            assertThat(target.getRect().getWidth()).as(target.getText()).isGreaterThanOrEqualTo(24);
        }
    }

    private static long overflow() {
        return ((Number) script("return document.documentElement.scrollWidth - window.innerWidth")).longValue();
    }

    private static long top(WebElement element) {
        return ((Number) script("return Math.round(arguments[0].getBoundingClientRect().top)", element)).longValue();
    }
}
