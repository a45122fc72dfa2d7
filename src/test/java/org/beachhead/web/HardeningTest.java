package org.beachhead.web;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

class HardeningTest extends PageTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @ParameterizedTest
    @ValueSource(strings = {"/", "/timeline?partner=wasu", "/partners/nobody", "/timeline?from=x", "/css/beachhead.css",
            "/actuator/health", "/no/such/page"})
    void everyResponseCarriesTheSecurityHeadersAndNoServerVersion(String path) throws Exception {
        HttpResponse<String> response = send(path);

        assertThat(response.headers().firstValue("Content-Security-Policy")).hasValue(SecurityHeaders.CONTENT_SECURITY_POLICY);
        assertThat(SecurityHeaders.CONTENT_SECURITY_POLICY).doesNotContain("unsafe-inline").contains("frame-ancestors 'none'");
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(response.headers().firstValue("Referrer-Policy")).isPresent();
        assertThat(response.headers().firstValue("Server")).isEmpty();
        assertThat(response.body()).doesNotContainIgnoringCase("tomcat").doesNotContain("at org.");
    }

    @Test
    void theActuatorExposesHealthAndNothingElse() throws Exception {
        assertThat(send("/actuator/health").statusCode()).isEqualTo(200);
        assertThat(send("/actuator/health").body()).contains("UP");
        assertThat(send("/actuator/env").statusCode()).isEqualTo(404);
        assertThat(send("/actuator/beans").statusCode()).isEqualTo(404);
        assertThat(send("/h2-console").statusCode()).isEqualTo(404);
    }

    @Test
    void pagesContainNoInlineScriptOrStyleThePolicyWouldBlock() throws Exception {
        for (String path : java.util.List.of("/", "/events/netflix-wasu-talks", "/partners/iqiyi", "/timeline/chart", "/map",
                "/sources/cgtn-2017-netflix-first-chinese-original", "/search?q=wasu")) {
            String body = send(path).body();
            // External scripts (src="/js/…", allowed by script-src 'self') are fine; inline ones are not.
            assertThat(body).as(path).doesNotContainPattern("<script(?![^>]*\\ssrc=\"/)[^>]*>")
                    .doesNotContain(" style=\"").doesNotContain("<style");
        }
    }

    @Test
    void linksNeverCarryASessionIdEvenForAClientWithoutCookies() throws Exception {
        String body = send("/timeline?lang=zh-CN").body();

        assertThat(body).contains("时间线").doesNotContain("jsessionid");
    }

    private HttpResponse<String> send(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
