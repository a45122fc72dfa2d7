package org.beachhead.browser;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The timeline's filters at a phone's and a desktop's width: a ticked box applies itself, the
 * address stays clean, Back and Forward leave the boxes matching the address, and without the
 * script the Apply button is in view whenever the boxes are.
 */
class FilterJourneyTest extends BrowserTest {

    @ParameterizedTest
    @ValueSource(strings = {PHONE, DESKTOP})
    void aTickedBoxAppliesItselfAndBackLeavesTheBoxesMatchingTheAddress(String size) {
        windowOf(size);
        open("/timeline");
        int everything = all("article.event").size();

        tick("wasu");
        waitFor(ExpectedConditions.urlToBe(address("/timeline?partner=wasu")));
        snap("wasu");
        int wasu = all("article.event").size();
        assertThat(wasu).isPositive().isLessThan(everything);
        assertThat(one(".active-filters li").getText()).contains("Wasu Media");

        tick("letv");
        waitFor(ExpectedConditions.urlMatches("/timeline\\?partner=(wasu&partner=letv|letv&partner=wasu)$"));
        assertThat(all("article.event").size()).isGreaterThan(wasu);
        assertThat(ticked()).containsExactlyInAnyOrder("wasu", "letv");

        browser.navigate().back();
        waitFor(ExpectedConditions.urlToBe(address("/timeline?partner=wasu")));
        snap("back");
        assertThat(ticked()).as("the boxes after Back").containsExactly("wasu");
        assertThat(all("article.event")).hasSize(wasu);

        browser.navigate().forward();
        waitFor(ExpectedConditions.urlMatches("/timeline\\?partner=(wasu&partner=letv|letv&partner=wasu)$"));
        assertThat(ticked()).as("the boxes after Forward").containsExactlyInAnyOrder("wasu", "letv");

        one(".active-filters a[href='/timeline?partner=letv']").click();
        waitFor(ExpectedConditions.urlToBe(address("/timeline?partner=letv")));
        assertThat(ticked()).containsExactly("letv");
    }

    @ParameterizedTest
    @ValueSource(strings = {PHONE, DESKTOP})
    void theCompactViewFiltersTheSameWayAndStaysCompact(String size) {
        windowOf(size);
        open("/timeline?view=compact");
        int everything = all(".line").size();

        tick("wasu");
        waitFor(ExpectedConditions.urlToBe(address("/timeline?partner=wasu&view=compact")));
        assertThat(all(".line").size()).isPositive().isLessThan(everything);
        assertThat(all("article.event")).as("still one line per event").isEmpty();

        browser.navigate().back();
        waitFor(ExpectedConditions.urlToBe(address("/timeline?view=compact")));
        assertThat(ticked()).as("the boxes after Back").isEmpty();
        assertThat(all(".line")).hasSize(everything);
    }

    @ParameterizedTest
    @ValueSource(strings = {PHONE, DESKTOP})
    void withoutTheScriptApplyStaysInViewAndTheAddressComesOutClean(String size) {
        windowOf(size);
        browser.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", true));
        try {
            open("/timeline");
            WebElement box = one("#partner-facets input[value='wasu']");
            script("arguments[0].scrollIntoView({block: 'center'})", box);
            snap("no-script");
            assertThat(inView(one(".filter-form .apply"))).as("the Apply button beside the boxes").isTrue();

            box.click();
            one(".filter-form .apply").click();
            waitFor(ExpectedConditions.urlContains("partner=wasu"));
            assertThat(browser.getCurrentUrl()).isEqualTo(address("/timeline?partner=wasu"));
            assertThat(ticked()).containsExactly("wasu");
        } finally {
            browser.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", false));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {PHONE, DESKTOP})
    void everyFilterControlIsAtLeast24PixelsSquareAndACountIsNamedByWhatItShows(String size) {
        windowOf(size);
        open("/timeline?partner=wasu&kind=talks");
        List<WebElement> targets = all(".filters .facet-count, .filters label, .active-filters a");
        assertThat(targets).hasSizeGreaterThan(10);
        for (WebElement target : targets) {
            assertThat(target.getRect().getWidth()).as(target.getText()).isGreaterThanOrEqualTo(24);
            assertThat(target.getRect().getHeight()).as(target.getText()).isGreaterThanOrEqualTo(24);
        }
        for (WebElement count : all(".facet-count")) {
            String shown = count.findElement(By.cssSelector("span")).getText();
            assertThat(shown).matches("\\d+");
            assertThat(count.getAccessibleName()).startsWith(shown + " ");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {PHONE, DESKTOP})
    void dealsFilterLikeTheTimelineSeveralPartnersAStatusCountsAndChips(String size) {
        windowOf(size);
        open("/deals");
        int everything = all("article.deal").size();
        String wasuCount = one("#partner-facets input[value='wasu']").findElement(By.xpath("ancestor::li//a[@class='facet-count']/span")).getText();

        tick("wasu");
        waitFor(ExpectedConditions.urlToBe(address("/deals?partner=wasu")));
        snap("wasu");
        assertThat(all("article.deal")).hasSize(Integer.parseInt(wasuCount)).hasSizeLessThan(everything);
        assertThat(one("#deal-count").getText()).startsWith(wasuCount + " deal");
        assertThat(one(".active-filters li").getText()).contains("Wasu Media");

        tick("letv");
        waitFor(ExpectedConditions.urlMatches("/deals\\?partner=(wasu&partner=letv|letv&partner=wasu)$"));
        int both = all("article.deal").size();
        assertThat(both).isGreaterThan(Integer.parseInt(wasuCount));
        assertThat(all("article.deal h3 a")).allMatch(deal -> !deal.getText().isBlank());

        WebElement inTalks = one("#status-facets input[value='in-talks']");
        script("arguments[0].scrollIntoView({block: 'center'})", inTalks);
        inTalks.click();
        waitFor(ExpectedConditions.urlContains("status=in-talks"));
        snap("in-talks");
        assertThat(all("article.deal .status")).isNotEmpty().allMatch(status -> status.getAttribute("class").contains("status-in-talks"));
        assertThat(all(".active-filters li")).hasSize(4);

        browser.navigate().back();
        waitFor(ExpectedConditions.urlMatches("/deals\\?partner=(wasu&partner=letv|letv&partner=wasu)$"));
        assertThat(all("#status-facets input:checked")).as("the boxes after Back").isEmpty();
        assertThat(ticked()).containsExactlyInAnyOrder("wasu", "letv");
        assertThat(all("article.deal")).hasSize(both);
    }

    private String address(String path) {
        return "http://localhost:" + port + path;
    }

    private static void tick(String partner) {
        WebElement box = one("#partner-facets input[value='" + partner + "']");
        script("arguments[0].scrollIntoView({block: 'center'})", box);
        box.click();
    }

    private static List<String> ticked() {
        return all("#partner-facets input:checked").stream().map(box -> box.getAttribute("value")).toList();
    }

    private static boolean inView(WebElement element) {
        return (Boolean) script("var r = arguments[0].getBoundingClientRect();"
                + " return r.top >= 0 && r.bottom <= window.innerHeight && r.height > 0;", element);
    }
}
