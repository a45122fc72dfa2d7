package org.beachhead.web;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import org.apache.catalina.Context;
import org.apache.catalina.Valve;
import org.apache.catalina.valves.RemoteIpValve;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

/** Issue 15, the web side: malformed requests, the container's own errors, cookies and validators. */
class HostileRequestsCostNothingTest extends PageTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @Autowired
    RejectedRequests rejected;

    @Autowired
    WebServerApplicationContext server;

    @ParameterizedTest
    @ValueSource(strings = {"/timeline?page=%ff", "/timeline?partner=%c0%af", "/deals?status=%", "/partners?page=%2",
            "/api/v1/events?page=%ff", "/search?q=%E0%80%AF"})
    void brokenPercentEncodingIsA400NamingTheParameterWithoutALogLine(String path) throws Exception {
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        log.start();
        root.addAppender(log);
        try {
            String accept = path.startsWith("/api/") ? "application/json" : "text/html";
            String response = raw("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nAccept: " + accept + "\r\nConnection: close\r\n\r\n");

            assertThat(response).startsWith("HTTP/1.1 400");
            String parameter = path.substring(path.indexOf('?') + 1, path.indexOf('='));
            assertThat(response).contains(parameter).contains("percent-encoded UTF-8").doesNotContain("Exception");
            assertThat(log.list).filteredOn(event -> event.getLevel().isGreaterOrEqual(Level.WARN)).isEmpty();
            assertThat(send("/actuator/info", "application/json").body()).contains("\"malformedQuery\"");
        } finally {
            root.detachAppender(log);
        }
    }

    @Test
    void brokenRequestsAreCountedWhereOperatorsLook() throws Exception {
        long before = count();
        raw("GET /timeline?page=%ff HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        raw("GET /timeline?from=% HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");

        assertThat(count()).isEqualTo(before + 2);
    }

    @Test
    void theContainersErrorPathIsNotAPage() throws Exception {
        HttpResponse<String> response = send("/error", "text/html");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("There is no page at /error").doesNotContain("999");
    }

    @Test
    void errorsTomcatAnswersItselfCarryTheSecurityHeaders() throws IOException {
        for (String request : new String[]{"GET /partners/a%2fb HTTP/1.1\r\nHost: localhost\r\n",
                "GET / HTTP/1.1\r\nHost: localhost\r\nContent-Length: x\r\n",
                "GET / HTTP/1.1\r\nHost: localhost\r\nX-Big: " + "a".repeat(20_000) + "\r\n"}) {
            String response = raw(request + "Connection: close\r\n\r\n");

            assertThat(response).as(request.substring(0, 20)).startsWith("HTTP/1.1 400")
                    .contains("Content-Security-Policy: " + SecurityHeaders.CONTENT_SECURITY_POLICY)
                    .contains("X-Content-Type-Options: nosniff").contains("X-Frame-Options: DENY")
                    .doesNotContainIgnoringCase("tomcat");
        }
    }

    @Test
    void ifNoneMatchStarIsNotModifiedForAPageThatExistsAndStillA404OtherWise() throws Exception {
        HttpResponse<String> existing = http.send(request("/partners/wasu").header("If-None-Match", "*").build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> missing = http.send(request("/partners/nobody").header("If-None-Match", "*").build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(existing.statusCode()).isEqualTo(304);
        assertThat(existing.body()).isEmpty();
        assertThat(existing.headers().firstValue("ETag")).isPresent();
        assertThat(missing.statusCode()).isEqualTo(404);
    }

    @Test
    void anUnreadableAcceptHeaderOnTheApiIsA400ProblemNamingIt() throws Exception {
        HttpResponse<String> response = send("/api/v1/partners", ";;;garbage//");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.body()).contains("\"status\":400").contains("Header Accept");
        HttpResponse<String> unserved = send("/api/v1/partners", "image/png");
        assertThat(unserved.statusCode()).as("readable, but nothing it serves").isEqualTo(406);
        assertThat(unserved.headers().firstValue("Accept")).as("what it serves").hasValue("application/json");
    }

    @Test
    void theLanguageCookieIsSameSiteLaxAndSecureOnlyBehindHttps() throws Exception {
        HttpResponse<String> plain = send("/timeline?lang=zh-CN", "text/html");
        HttpResponse<String> forwarded = http.send(request("/timeline?lang=zh-CN").header("X-Forwarded-Proto", "https").build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(plain.headers().firstValue("Set-Cookie")).hasValueSatisfying(cookie ->
                assertThat(cookie).contains("SameSite=Lax").doesNotContain("Secure"));
        assertThat(forwarded.headers().firstValue("Set-Cookie")).hasValueSatisfying(cookie ->
                assertThat(cookie).contains("SameSite=Lax").contains("Secure"));
    }

    @Test
    void aSessionCookieWouldBeSameSiteLaxToo() {
        // No page starts a session; should one ever, its cookie must not ride on cross-site requests either.
        Context context = (Context) ((TomcatWebServer) server.getWebServer()).getTomcat().getHost().findChildren()[0];

        assertThat(context.getCookieProcessor().generateHeader(new Cookie("JSESSIONID", "x"), mock(HttpServletRequest.class)))
                .contains("SameSite=Lax");
    }

    @Test
    void forwardedHeadersAreBelievedOnlyFromTheConfiguredProxy() {
        Valve[] valves = ((TomcatWebServer) server.getWebServer()).getTomcat().getEngine().getPipeline().getValves();
        RemoteIpValve remoteIp = (RemoteIpValve) Arrays.stream(valves).filter(RemoteIpValve.class::isInstance).findFirst().orElseThrow();

        assertThat("127.0.0.1").matches(remoteIp.getInternalProxies());
        assertThat("10.0.0.7").as("a private address is not a proxy unless configured").doesNotMatch(remoteIp.getInternalProxies());
        assertThat("192.168.1.2").doesNotMatch(remoteIp.getInternalProxies());
    }

    @Test
    void excerptsOnTheSameWordsComeInTheOrderTheyWereCurated() throws Exception {
        // Sony and HBO are described by the same words; PostgresSiteTest checks that PostgreSQL agrees.
        String page = send("/sources/blog-2015-netflix-letv-talks", "text/html").body();

        assertThat(page.indexOf("href=\"/partners/sony\"")).isPositive().isLessThan(page.indexOf("href=\"/partners/hbo\""));
    }

    private long count() throws Exception {
        String info = send("/actuator/info", "application/json").body();
        return Long.parseLong(info.replaceAll(".*\"malformedQuery\":(\\d+).*", "$1"));
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    }

    private HttpResponse<String> send(String path, String accept) throws IOException, InterruptedException {
        return http.send(request(path).header("Accept", accept).build(), HttpResponse.BodyHandlers.ofString());
    }

    private String raw(String request) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream received = new ByteArrayOutputStream();
            try {
                in.transferTo(received);
            } catch (IOException reset) {
                // Tomcat may reset the connection after an oversized header; what arrived is the answer
            }
            return received.toString(StandardCharsets.UTF_8);
        }
    }
}
