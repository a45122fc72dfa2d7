package org.beachhead.browser;

import org.beachhead.corpus.CorpusHistory;
import org.beachhead.corpus.ShippedCorpus;
import org.beachhead.workbench.EditorAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The editors' journey in Chromium: sign in, add an article, make a claim from a passage selected in the source
 * reader, find it on the timeline, its partner's page and in search, see it in the history, revert it, and see it gone.
 */
class CurationJourneyTest extends BrowserTest {

    private static final String CAPTURE = """
            Journey Wire: Netflix and Wasu Media agree a journey partnership

            Share this article | Tweet | Email

            Netflix and Wasu Media signed a journey partnership in Hangzhou on Tuesday, the two companies said.
            It covers a catalogue of nature documentaries.

            Most Popular: ten things to stream this week
            """;
    private static final String PASSAGE = "Netflix and Wasu Media signed a journey partnership in Hangzhou on Tuesday";
    private static final String HEADLINE = "Journey Wire reports a Netflix–Wasu journey partnership";

    @Autowired
    ApplicationContext context;

    @Autowired
    CorpusHistory history;

    @TempDir
    Path folder;

    @AfterEach
    void shippedCorpusAgain() {
        ShippedCorpus.servedAgain(history);
    }

    /** A save verifies and imports the whole corpus before it answers: on a loaded machine, seconds. */
    private static <T> T slowly(ExpectedCondition<T> condition) {
        return new WebDriverWait(browser, Duration.ofSeconds(60)).until(condition);
    }

    @Test
    void anEditorAddsAnArticleAndAClaimFromAPassageSeesItPublishedAndRevertsIt() throws IOException {
        EditorAccounts.add(context, "journey-curator", "journey-password-2");
        windowOf(DESKTOP);
        open("/curation");
        browser.findElement(By.id("username")).sendKeys("journey-curator");
        browser.findElement(By.id("password")).sendKeys("journey-password-2");
        browser.findElement(By.cssSelector("form.login-form button")).click();

        one("a.add-article").click();
        Path capture = folder.resolve("journey-wire.txt");
        Files.writeString(capture, CAPTURE);
        browser.findElement(By.id("capture")).sendKeys(capture.toString());
        browser.findElement(By.id("slug")).sendKeys("journey-wire-netflix-wasu");
        browser.findElement(By.id("headline")).sendKeys("Journey Wire: Netflix and Wasu Media agree a journey partnership");
        browser.findElement(By.id("publisher")).sendKeys("Journey Wire");
        browser.findElement(By.id("address")).sendKeys("https://example.com/journey");
        browser.findElement(By.id("published")).sendKeys("2024-03-05");
        browser.findElement(By.cssSelector("#publishedBasis option[value=inferred]")).click();
        browser.findElement(By.id("publishedNote")).sendKeys("Made up for the journey test.");
        browser.findElement(By.id("publishedNoteZh")).sendKeys("为旅程测试而编。");
        all("input[name=from]").get(0).sendKeys("Netflix and Wasu Media signed");
        all("input[name=to]").get(0).sendKeys("nature documentaries.");
        snap("article-form");
        one("form.article-form button[type=submit]").click();

        slowly(ExpectedConditions.urlContains("/curation/articles/journey-wire-netflix-wasu?saved="));
        snap("reader");
        script("""
                var text = document.querySelector('.story-segment').firstChild;
                var at = text.data.indexOf(arguments[0]);
                var range = document.createRange();
                range.setStart(text, at);
                range.setEnd(text, at + arguments[0].length);
                window.getSelection().removeAllRanges();
                window.getSelection().addRange(range);""", PASSAGE);
        waitFor(ExpectedConditions.attributeContains(By.cssSelector("a.new-claim"), "href", "quote="));
        one("a.new-claim").click();

        assertThat(slowly(ExpectedConditions.presenceOfElementLocated(By.id("quote"))).getAttribute("value")).isEqualTo(PASSAGE);
        slowly(ExpectedConditions.textToBe(By.cssSelector(".quote-check"), "Found exactly once, inside the story."));
        browser.findElement(By.id("slug")).sendKeys("journey-netflix-wasu-partnership");
        browser.findElement(By.id("date")).sendKeys("2024-03-05");
        browser.findElement(By.cssSelector("#certainty option[value=stated]")).click();
        browser.findElement(By.id("partners")).sendKeys("wasu");
        browser.findElement(By.id("headline")).sendKeys(HEADLINE);
        browser.findElement(By.id("headlineZh")).sendKeys("旅程通讯报道Netflix与华数传媒的旅程合作");
        snap("claim-form");
        one("form.claim-form button[type=submit]").click();

        assertThat(slowly(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".saved"))).getText())
                .contains("verified and applied");
        open("/timeline?from=2024");
        assertThat(browser.getPageSource()).contains(HEADLINE);
        open("/partners/wasu");
        assertThat(browser.getPageSource()).contains(HEADLINE);
        // The search index is rebuilt off the save's thread: until it is, searches answer from the previous one.
        open("/search?q=journey+partnership");
        slowly(driver -> {
            driver.navigate().refresh();
            return driver.getPageSource().contains("href=\"/events/journey-netflix-wasu-partnership\"");
        });

        open("/curation/history");
        assertThat(all("tr.version").get(0).getText()).contains("journey-curator")
                .contains("Add claim journey-netflix-wasu-partnership from journey-wire-netflix-wasu");
        all("tr.version a").get(0).click();
        assertThat(slowly(ExpectedConditions.presenceOfElementLocated(By.cssSelector("pre.diff"))).getText()).contains("+  - slug: journey-netflix-wasu-partnership");
        one("form.revert-form button").click();

        assertThat(slowly(ExpectedConditions.textMatches(By.cssSelector("p.summary"), Pattern.compile("^Revert version.*")))).isTrue();
        snap("reverted");
        open("/events/journey-netflix-wasu-partnership");
        assertThat(one("main h1").getText()).doesNotContain(HEADLINE);
        open("/timeline?from=2024");
        assertThat(browser.getPageSource()).doesNotContain(HEADLINE);
    }

    @Test
    void anEditorEditsAClaimFromItsArticleLinksItToAnotherAndCannotRetireTheOtherWhileLinked() {
        EditorAccounts.add(context, "journey-editor", "journey-password-3");
        windowOf(DESKTOP);
        open("/curation/articles/netflix-wasu-talks-2015");
        browser.findElement(By.id("username")).sendKeys("journey-editor");
        browser.findElement(By.id("password")).sendKeys("journey-password-3");
        browser.findElement(By.cssSelector("form.login-form button")).click();

        slowly(ExpectedConditions.presenceOfElementLocated(By.cssSelector("a.edit-claim[href$='/wasu-alibaba-set-top-boxes/edit']"))).click();
        slowly(ExpectedConditions.presenceOfElementLocated(By.cssSelector("button.add-excerpt"))).click();
        assertThat(all(".excerpt-row:not([hidden])")).as("a row added for an excerpt").hasSize(3);
        browser.findElement(By.id("headline")).clear();
        browser.findElement(By.id("headline")).sendKeys("Journey: Wasu starts on set-top boxes with Alibaba");
        browser.findElement(By.id("contradicts")).sendKeys("us-china-co-productions-blog");
        snap("claim-edit");
        one("form.claim-edit button[type=submit]").click();

        assertThat(slowly(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".saved"))).getText())
                .contains("verified and applied");
        open("/events/us-china-co-productions-blog");
        assertThat(one("section.linked-claims").getText()).contains("Contradicted by")
                .contains("Journey: Wasu starts on set-top boxes with Alibaba");

        open("/curation/events/us-china-co-productions-blog/edit");
        one("form.retire-claim input[name=confirm]").click();
        one("form.retire-claim button").click();
        assertThat(slowly(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".edit-problems"))).getText())
                .contains("unknown event 'us-china-co-productions-blog'");
        open("/timeline");
        assertThat(browser.getPageSource()).contains("The blogger recalls writing in September 2014");
    }
}
