package org.beachhead.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a reader does, in a real browser: filter the timeline with the page's own controls, open an
 * event, follow it to the partner and to the highlighted passage, search, switch the language and
 * get around by keyboard. Each step leaves a screenshot under target/screenshots.
 */
class ReaderJourneyTest extends BrowserTest {

    @Test
    void filtersTheTimelineWithItsOwnControlsAndFollowsTheEvidence() {
        open("/timeline");
        int everything = events().size();

        browser.findElement(By.cssSelector("#partner-facets input[value='wasu']")).click();
        waitFor(ExpectedConditions.urlContains("partner=wasu"));
        snap("filtered");

        assertThat(browser.getCurrentUrl()).contains("partner=wasu");
        int filtered = events().size();
        assertThat(filtered).isPositive().isLessThan(everything);
        assertThat(browser.findElement(By.id("result-count")).getText()).startsWith(filtered + " events match");

        browser.findElement(By.cssSelector(".event .event-headline a")).click();
        snap("event");
        assertThat(browser.findElements(By.cssSelector("figure.excerpt mark.quote"))).isNotEmpty();
        String quote = browser.findElement(By.cssSelector("figure.excerpt mark.quote")).getText();

        browser.findElement(By.cssSelector(".involves a[href='/partners/wasu']")).click();
        snap("partner");
        assertThat(browser.findElement(By.cssSelector("main h1")).getText()).startsWith("Wasu Media");

        browser.navigate().back();
        browser.findElement(By.cssSelector("figure.excerpt a.source-link")).click();
        snap("source");
        String fragment = browser.getCurrentUrl().substring(browser.getCurrentUrl().indexOf('#') + 1);
        WebElement passage = browser.findElement(By.id(fragment));
        assertThat(passage.getTagName()).isEqualTo("mark");
        assertThat(quote).startsWith(passage.getText());
    }

    @Test
    void searchesFromTheHeaderAndSwitchesTheLanguage() {
        open("/partners");

        WebElement box = browser.findElement(By.id("site-search"));
        box.sendKeys("whole season", Keys.ENTER);
        snap("search");
        assertThat(browser.getCurrentUrl()).contains("/search?q=whole+season");
        assertThat(browser.findElements(By.cssSelector("main mark"))).isNotEmpty();

        browser.findElement(By.cssSelector(".languages a[hreflang='zh-Hans']")).click();
        snap("chinese");
        assertThat(browser.findElement(By.cssSelector("html")).getAttribute("lang")).isEqualTo("zh-CN");
        open("/timeline");
        assertThat(browser.findElement(By.cssSelector("main h1")).getText()).isEqualTo("时间线");
    }

    @Test
    void reachesTheOpenQuestionsFromTheTimelineAndSeesBothSidesAndAStanceChangeOnTheFirstScreen() {
        open("/timeline");

        browser.findElement(By.cssSelector("header nav a[href='/questions']")).click();
        browser.findElement(By.linkText("Is Netflix in China?")).click();
        snap("question");
        List<WebElement> sides = browser.findElements(By.cssSelector(".side-by-side > .side"));
        assertThat(sides).hasSize(2);
        assertThat(sides.get(0).getLocation().getY()).as("the two sides stand next to each other")
                .isEqualTo(sides.get(1).getLocation().getY());
        assertThat(sides.get(0).getText()).contains("has finally stepped into the Chinese market");
        assertThat(sides.get(1).getText()).contains("direct relationship with China");

        open("/people/ted-sarandos");
        List<WebElement> stance = browser.findElements(By.cssSelector(".stance-list > li"));
        assertThat(stance).hasSize(2);
        int firstScreen = ((Number) browser.executeScript("return window.innerHeight")).intValue();
        assertThat(stance.get(1).getLocation().getY()).as("the later stance is on the first screen").isLessThan(firstScreen);
        assertThat(stance.get(1).getText()).contains("without a partner");
    }

    @Test
    void canBeUsedByKeyboard() {
        open("/timeline");

        WebElement skip = browser.findElement(By.cssSelector("body"));
        skip.sendKeys(Keys.TAB);
        WebElement first = browser.switchTo().activeElement();
        assertThat(first.getAttribute("class")).isEqualTo("skip-link");
        first.sendKeys(Keys.ENTER);
        assertThat(browser.getCurrentUrl()).endsWith("#main");

        WebElement wasu = browser.findElement(By.cssSelector("#partner-facets input[value='wasu']"));
        wasu.sendKeys(Keys.SPACE);
        waitFor(ExpectedConditions.urlContains("partner=wasu"));
        snap("keyboard-filter");
        assertThat(browser.getCurrentUrl()).endsWith("/timeline?partner=wasu");
    }

    private List<WebElement> events() {
        return browser.findElements(By.cssSelector("article.event"));
    }
}
