package org.beachhead.web;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.htmlunit.Page;
import org.htmlunit.WebClient;
import org.htmlunit.WebResponse;
import org.htmlunit.html.DomNode;
import org.htmlunit.html.HtmlPage;
import org.beachhead.corpus.ImportOutcome;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

/**
 * Base of the full-application tests: the real app on a random port, loaded with the shipped
 * corpus, read over HTTP as a browser would (HtmlUnit, no JavaScript needed). Every subclass
 * shares this one configuration, so the suite starts a single application context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.jpa.properties.hibernate.generate_statistics=true",
                // Each test run starts from an empty in-memory database rather than the app's data file.
                "spring.datasource.url=jdbc:h2:mem:beachhead-pages;DB_CLOSE_DELAY=-1",
                // HtmlUnit logs the whole page of every 4xx answer; the tests assert on those pages instead.
                "logging.level.org.htmlunit=ERROR",
                // Unlike the address the tests send requests to: absolute links must come from here.
                "beachhead.site.base-url=" + PageTest.SITE})
public abstract class PageTest {

    /** The configured canonical base URL. */
    protected static final String SITE = "https://beachhead.example";

    @LocalServerPort
    protected int port;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    CorpusVersionHolder versions;

    /** Longer than any answer takes under load; an answer that never ends (a wrong Content-Length) fails the test. */
    private static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(60);

    private WebClient browser;

    @BeforeEach
    void openBrowser() {
        browser = pageBrowser();
    }

    /** A browser without JavaScript or CSS that keeps no copies and hands back pages of any status. */
    static WebClient pageBrowser() {
        WebClient browser = new WebClient();
        browser.getOptions().setJavaScriptEnabled(false);
        browser.getOptions().setCssEnabled(false);
        browser.getOptions().setThrowExceptionOnFailingStatusCode(false);
        browser.getOptions().setRedirectEnabled(true);
        browser.getOptions().setTimeout((int) ANSWER_TIMEOUT.toMillis());
        // The app answers revalidations with 304 before rendering; page tests look at rendering (and its
        // SQL), so the browser keeps no copies to revalidate. HttpCachingTest covers the 304s.
        browser.getCache().setMaxSize(0);
        return browser;
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    /** GETs a path of the app; the page may have any status. */
    protected HtmlPage get(String pathAndQuery) {
        Page page = load(pathAndQuery);
        if (!(page instanceof HtmlPage html)) {
            throw new AssertionError(pathAndQuery + " did not answer HTML but " + page.getWebResponse().getContentType());
        }
        return html;
    }

    /** GETs a path of the app whatever it answers (JSON, a file, HTML), with any status. */
    protected WebResponse fetch(String pathAndQuery) {
        return load(pathAndQuery).getWebResponse();
    }

    private Page load(String pathAndQuery) {
        try {
            return browser.getPage("http://localhost:" + port + pathAndQuery);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** GETs a path as a browser whose preferred languages are {@code acceptLanguage}. */
    protected HtmlPage getIn(String acceptLanguage, String pathAndQuery) {
        browser.addRequestHeader("Accept-Language", acceptLanguage);
        try {
            return get(pathAndQuery);
        } finally {
            browser.removeRequestHeader("Accept-Language");
        }
    }

    /**
     * Sends a request with the given headers (name, value, name, value …) through {@code client},
     * for tests that look at headers and bytes rather than at a rendered page.
     */
    protected HttpResponse<byte[]> send(HttpClient client, String method, String pathAndQuery, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + pathAndQuery))
                .method(method, HttpRequest.BodyPublishers.noBody()).timeout(ANSWER_TIMEOUT);
        if (headers.length > 0) {
            request.headers(headers);
        }
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A GET without cookies, as a fresh client sends it. */
    protected HttpResponse<byte[]> request(String pathAndQuery, String... headers) {
        return send(HttpClient.newHttpClient(), "GET", pathAndQuery, headers);
    }

    protected static int status(HtmlPage page) {
        return page.getWebResponse().getStatusCode();
    }

    protected static List<String> texts(HtmlPage page, String selector) {
        return page.querySelectorAll(selector).stream().map(DomNode::getTextContent).map(PageTest::squash).toList();
    }

    protected static List<String> attributes(HtmlPage page, String selector, String attribute) {
        return page.querySelectorAll(selector).stream()
                .map(node -> ((org.htmlunit.html.DomElement) node).getAttribute(attribute)).toList();
    }

    protected static String text(HtmlPage page, String selector) {
        DomNode node = page.querySelector(selector);
        if (node == null) {
            throw new AssertionError("no element matches '" + selector + "' on " + page.getUrl());
        }
        return squash(node.getTextContent());
    }

    /**
     * How many SQL statements the app prepared while serving one request (a page or any other
     * answer) with nothing kept from earlier requests, as right after an import.
     */
    protected long statementsFor(String pathAndQuery) {
        forgetWhatIsKept(events, versions);
        return statementsOf(pathAndQuery);
    }

    /** Empties every cache as an import does: here one of the same corpus, which changes nothing else. */
    static void forgetWhatIsKept(ApplicationEventPublisher events, CorpusVersionHolder versions) {
        events.publishEvent(new ImportOutcome(versions.corpus().orElseThrow().contentHash(), false, 0, 0, 0));
    }

    /** How many SQL statements a repeated request costs, once what the caches keep is kept. */
    protected long repeatedStatementsFor(String pathAndQuery) {
        statementsOf(pathAndQuery);
        return statementsOf(pathAndQuery);
    }

    private long statementsOf(String pathAndQuery) {
        var statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        long before = statistics.getPrepareStatementCount();
        WebResponse response = fetch(pathAndQuery);
        if (response.getStatusCode() != 200) {
            throw new AssertionError(pathAndQuery + " answered " + response.getStatusCode());
        }
        return statistics.getPrepareStatementCount() - before;
    }

    private static String squash(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}
