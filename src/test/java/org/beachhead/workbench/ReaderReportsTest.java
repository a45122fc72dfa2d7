package org.beachhead.workbench;

import org.htmlunit.WebClient;
import org.htmlunit.html.HtmlElement;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A reader reports a problem with an event, with no account, and an editor finds it at /curation and marks it
 * handled; the same through the curation API. Read as a browser reads the pages (HtmlUnit, no script).
 */
class ReaderReportsTest extends WorkbenchTestSupport {

    @Autowired
    ReportQueries stored;

    private WebClient reader;

    @BeforeEach
    void aReader() {
        stored.deleteAll();
        reader = new WebClient();
        reader.getOptions().setJavaScriptEnabled(false);
        reader.getOptions().setCssEnabled(false);
        reader.getOptions().setThrowExceptionOnFailingStatusCode(false);
    }

    @AfterEach
    void closeReader() {
        reader.close();
    }

    @Test
    void aReaderReportsAProblemAndAnEditorMarksItHandled() throws IOException {
        HtmlPage event = reader.getPage(uri("/events/" + EVENT).toURL());
        HtmlPage form = event.getAnchorByText("Report a problem with this event").click();
        assertThat(form.getUrl().getPath()).isEqualTo("/events/" + EVENT + "/report");
        assertThat(text(form, "main .breadcrumb")).startsWith("CGTN reports that Netflix announced its collaboration plan");

        String script = "The date is wrong <script>document.title='owned'</script><b>bold</b>";
        form.getElementById("report-text").setTextContent(script);
        HtmlPage thanks = ((HtmlElement) form.querySelector("form.report-form button")).click();
        assertThat(thanks.getUrl().getPath()).isEqualTo("/events/" + EVENT + "/report/thanks");
        assertThat(text(thanks, "main h1")).isEqualTo("Thank you");
        assertThat(reader.getCookieManager().getCookies()).as("no session for a reader")
                .noneMatch(cookie -> cookie.getName().equals("JSESSIONID"));

        WebClient editor = reader;
        editor.getCookieManager().clearCookies();
        HtmlPage login = editor.getPage(uri("/curation").toURL());
        assertThat(login.getUrl().getPath()).isEqualTo("/login");
        HtmlForm signIn = (HtmlForm) login.querySelector("form.login-form");
        signIn.getInputByName("username").setValue(EDITOR);
        signIn.getInputByName("password").setValue(PASSWORD);
        HtmlPage workbench = ((HtmlElement) signIn.querySelector("button")).click();

        assertThat(workbench.getUrl().getPath()).isEqualTo("/curation");
        assertThat(texts(workbench, "tr.report td.report-text")).containsExactly(script);
        assertThat(workbench.querySelectorAll("main script, main b")).as("the reader's markup is text").isEmpty();
        assertThat(workbench.getTitleText()).isEqualTo("Workbench · Beachhead");
        assertThat(attributes(workbench, "tr.report td a", "href")).containsExactly("/events/" + EVENT);
        assertThat(texts(workbench, "tr.report .report-state")).containsExactly("open");

        HtmlPage handled = ((HtmlElement) workbench.querySelector("tr.report form button")).click();
        assertThat(handled.getUrl().getPath()).isEqualTo("/curation");
        assertThat(handled.querySelectorAll("tr.report")).as("no open report left").isEmpty();

        HtmlPage handledList = editor.getPage(uri("/curation?state=handled").toURL());
        assertThat(texts(handledList, "tr.report .report-state")).containsExactly("handled");
        assertThat(text(handledList, "tr.report td:last-child .small")).startsWith("by " + EDITOR + ", ");

        HtmlPage reopened = ((HtmlElement) handledList.querySelector("tr.report form button")).click();
        assertThat(reopened.getUrl().toString()).endsWith("/curation?state=handled");
        assertThat(texts(editor.getPage(uri("/curation").toURL()), "tr.report .report-state")).containsExactly("open");
    }

    @Test
    void badReportsAre400NamingTheFieldAndUnknownEvents404NamingTheEvent() {
        HttpClient client = browserLike();
        String token = csrfTokenOf(client, "/events/" + EVENT + "/report");

        HttpResponse<String> empty = post(client, "/events/" + EVENT + "/report", Map.of("_csrf", token, "text", "  short  "));
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(empty.body()).contains("Parameter text: is too short: write at least 10 characters");

        HttpResponse<String> long_ = post(client, "/events/" + EVENT + "/report", Map.of("_csrf", token, "text", "x".repeat(2001)));
        assertThat(long_.statusCode()).isEqualTo(400);
        assertThat(long_.body()).contains("Parameter text: is too long: at most 2,000 characters, this one has 2,001");
        assertThat(stored.count()).isZero();

        HttpResponse<String> unknown = get(client, "/events/no-such-event/report");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("There is no event with the slug no-such-event");

        HttpResponse<String> chinese = get(client, "/events/" + EVENT + "/report?lang=zh-CN");
        assertThat(chinese.body()).contains("报告此事件的问题");
    }

    @Test
    void aFloodOfReportsFromOneAddressIs429WithRetryAfter() {
        HttpClient client = browserLike();
        String token = csrfTokenOf(client, "/events/" + EVENT + "/report");
        for (int i = 0; i < 5; i++) {
            HttpResponse<String> sent = post(client, "/events/" + EVENT + "/report", Map.of("_csrf", token, "text", "Problem number " + i));
            assertThat(sent.statusCode()).as("report " + i).isEqualTo(302);
        }
        HttpResponse<String> refused = post(client, "/events/" + EVENT + "/report", Map.of("_csrf", token, "text", "One problem too many"));

        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Retry-After")).hasValueSatisfying(seconds ->
                assertThat(Long.parseLong(seconds)).isBetween(1L, 600L));
        assertThat(refused.body()).contains("Please try again in 10 minutes");
        assertThat(stored.count()).isEqualTo(5);
    }

    @Test
    void theApiListsReportsNewestFirstAndMarksThemWithTheEditorsName() {
        stored.save(new ProblemReport(EVENT, "The older report", Instant.parse("2026-01-01T00:00:00Z")));
        long newer = stored.save(new ProblemReport(EVENT, "The newer report", Instant.parse("2026-02-01T00:00:00Z"))).id();
        HttpClient client = browserLike();
        String auth = basic(EDITOR, PASSWORD);

        String list = get(client, CurationApi.REPORTS, "Authorization", auth).body();
        assertThat(list).containsSubsequence("The newer report", "The older report").contains("\"total\":2");

        HttpResponse<String> marked = post(client, CurationApi.REPORTS + "/" + newer + "/handled", Map.of(), "Authorization", auth);
        assertThat(marked.statusCode()).isEqualTo(200);
        assertThat(marked.body()).contains("\"state\":\"handled\"").contains("\"handledBy\":\"" + EDITOR + "\"")
                .contains("\"eventPage\":\"/events/" + EVENT + "\"");
        assertThat(get(client, CurationApi.REPORTS + "?state=handled", "Authorization", auth).body()).contains("\"total\":1");

        HttpResponse<String> missing = post(client, CurationApi.REPORTS + "/999999/handled", Map.of(), "Authorization", auth);
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("There is no report 999999");
        assertThat(get(client, CurationApi.REPORTS + "?state=closed", "Authorization", auth).statusCode()).isEqualTo(400);
    }

    @Test
    void theWorkbenchPagesItsReports() throws IOException {
        for (int i = 1; i <= 25; i++) {
            stored.save(new ProblemReport(EVENT, "Report number " + i, Instant.parse("2026-01-01T00:00:00Z").plusSeconds(i)));
        }
        HttpClient editor = browserLike();
        signIn(editor, EDITOR, PASSWORD);

        String first = get(editor, "/curation").body();
        String second = get(editor, "/curation?page=2").body();
        assertThat(first).contains("25 reports").contains("Report number 25").doesNotContain("Report number 5<")
                .contains("href=\"/curation?page=2\"");
        assertThat(second).contains("Report number 5<").contains("Report number 1<").doesNotContain("Report number 6<");
        assertThat(get(editor, "/curation?page=3").statusCode()).isEqualTo(400);
    }
}
