package org.beachhead.browser;

import org.beachhead.workbench.EditorAccounts;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The workbench's first journey in Chromium: a reader reports a problem with an event, with no account; an editor
 * signs in, finds the report at /curation and marks it handled.
 */
class WorkbenchJourneyTest extends BrowserTest {

    private static final String EVENT = "bardo-ifa-media-sam-quah";

    @Autowired
    ApplicationContext context;

    @Test
    void aReaderReportsAProblemAndAnEditorMarksItHandled() {
        EditorAccounts.add(context, "journey-editor", "journey-password-1");
        windowOf(DESKTOP);
        String problem = "The excerpt dates this in 2017 but the headline says 2016 (journey test).";

        open("/events/" + EVENT);
        browser.findElement(By.cssSelector(".report-problem a")).click();
        snap("report-form");
        assertThat(browser.findElement(By.cssSelector("main h1")).getText()).isEqualTo("Report a problem with this event");
        browser.findElement(By.id("report-text")).sendKeys(problem);
        browser.findElement(By.cssSelector("form.report-form button")).click();
        snap("thanks");
        assertThat(browser.getCurrentUrl()).endsWith("/events/" + EVENT + "/report/thanks");
        assertThat(browser.manage().getCookieNamed("JSESSIONID")).as("a reader has no session").isNull();

        open("/curation");
        assertThat(browser.getCurrentUrl()).endsWith("/login");
        browser.findElement(By.id("username")).sendKeys("journey-editor");
        browser.findElement(By.id("password")).sendKeys("journey-password-1");
        browser.findElement(By.cssSelector("form.login-form button")).click();
        snap("workbench");
        assertThat(browser.getCurrentUrl()).endsWith("/curation");
        By report = By.xpath("//tr[contains(@class,'report')][td[contains(@class,'report-text') and text()='" + problem + "']]");
        assertThat(browser.findElement(report).findElement(By.cssSelector(".report-state")).getText()).isEqualTo("open");

        browser.findElement(report).findElement(By.cssSelector("form button")).click();
        snap("handled");
        assertThat(browser.findElements(report)).as("gone from the open reports").isEmpty();
        open("/curation?state=handled");
        assertThat(browser.findElement(report).findElement(By.cssSelector(".report-state")).getText()).isEqualTo("handled");
        assertThat(browser.findElement(report).getText()).contains("by journey-editor");
    }
}
