package org.beachhead.workbench;

import org.beachhead.web.PageTest;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** The app with one editor, clean limits, and HTTP clients that keep cookies as a browser does. */
abstract class WorkbenchTestSupport extends PageTest {

    static final String EDITOR = "test-editor";
    static final String PASSWORD = "a-long-test-password";
    /** An event of the shipped corpus. */
    static final String EVENT = "bardo-ifa-media-sam-quah";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @Autowired
    ApplicationContext context;

    @BeforeEach
    void oneEditorAndCleanLimits() {
        EditorAccounts.add(context, EDITOR, PASSWORD);
    }

    /** A client that keeps cookies and does not follow redirects, so each answer can be looked at. */
    static HttpClient browserLike() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    HttpResponse<String> get(HttpClient client, String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(client, request);
    }

    /** POSTs a form; {@code fields} are name, value, name, value … */
    HttpResponse<String> post(HttpClient client, String path, Map<String, String> fields, String... headers) {
        String body = fields.entrySet().stream().map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(client, request);
    }

    /** The CSRF token of the form on the page at {@code path}, read as the browser would, with its cookies. */
    String csrfTokenOf(HttpClient client, String path) {
        Matcher token = CSRF.matcher(get(client, path).body());
        if (!token.find()) {
            throw new AssertionError("no CSRF token on " + path);
        }
        return token.group(1);
    }

    HttpResponse<String> signIn(HttpClient client, String name, String password) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("username", name);
        form.put("password", password);
        form.put("_csrf", csrfTokenOf(client, "/login"));
        return post(client, "/login", form);
    }

    static String basic(String name, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((name + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static HttpResponse<String> send(HttpClient client, HttpRequest.Builder request) {
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
