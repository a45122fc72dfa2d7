package org.beachhead.web;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.CookieManager;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The language choice lives in a cookie of its own, not in a server session, so its answers are kept like any other. */
class LanguageCookieTest extends PageTest {

    @Test
    void aChoiceIsRememberedInALaxHttpOnlyCookieForTheWholeSite() {
        HttpResponse<byte[]> switching = request("/timeline?lang=zh-CN");

        assertThat(switching.headers().allValues("Set-Cookie")).singleElement().satisfies(cookie -> assertThat(cookie)
                .startsWith("lang=zh-CN;").contains("Path=/").contains("HttpOnly").contains("SameSite=Lax"));
    }

    @Test
    void theChoiceHoldsOnTheNextPagesUntilChangedAgain() {
        HttpClient visitor = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

        send(visitor, "GET", "/timeline?lang=zh-CN");
        assertThat(body(send(visitor, "GET", "/partners"))).contains("<html lang=\"zh-CN\"");
        send(visitor, "GET", "/partners?lang=en");
        assertThat(body(send(visitor, "GET", "/partners"))).contains("<html lang=\"en\"");
    }

    @Test
    void noAnswerStartsASession() {
        HttpClient visitor = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        List<String> paths = Stream.concat(HttpCachingTest.answers(), Stream.of("/partners/nobody", "/timeline?from=abc",
                "/api/v1/events", "/api/v1/partners/wasu", "/v3/api-docs", "/search?q=wasu&lang=en", "/no/such/page")).toList();

        for (String path : paths) {
            for (String variant : List.of(path, path + (path.contains("?") ? "&" : "?") + "lang=zh-CN")) {
                assertThat(send(visitor, "GET", variant).headers().allValues("Set-Cookie")).as(variant)
                        .noneMatch(cookie -> cookie.toUpperCase().contains("JSESSIONID"));
            }
        }
    }

    @Test
    void anAnswerWithALanguageChoiceIsKept() {
        String path = "/timeline?partner=wasu&lang=zh-CN";

        assertThat(repeatedStatementsFor(path)).isZero();
        assertThat(body(request(path))).contains("<html lang=\"zh-CN\"");
    }

    @Test
    void theTagNamesTheLanguageWhicheverWayItWasChosen() {
        HttpResponse<byte[]> byCookie = request("/partners", "Cookie", "lang=zh-CN");
        HttpResponse<byte[]> byBrowser = request("/partners", "Accept-Language", "zh-CN");
        HttpResponse<byte[]> english = request("/partners", "Accept-Language", "en");

        assertThat(etag(byCookie)).isEqualTo(etag(byBrowser)).isNotEqualTo(etag(english));
        assertThat(byCookie.body()).isEqualTo(byBrowser.body());
        assertThat(etag(request("/partners", "Cookie", "lang=en", "Accept-Language", "zh-CN"))).as("the cookie wins")
                .isEqualTo(etag(english));
    }

    @ParameterizedTest
    @ValueSource(strings = {"lang=%%%", "lang=", "lang=xx_!!", "lang=fr"})
    void anUnusableCookieIsReadAsEnglish(String cookie) {
        HttpResponse<byte[]> response = request("/partners", "Cookie", cookie);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(body(response)).contains("<html lang=\"en\"");
    }

    @Test
    void anyChineseCookieIsSimplifiedChinese() {
        assertThat(body(request("/partners", "Cookie", "lang=zh-TW"))).contains("<html lang=\"zh-CN\"");
    }

    private static String body(HttpResponse<byte[]> response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    private static String etag(HttpResponse<byte[]> response) {
        return response.headers().firstValue("ETag").orElseThrow(() -> new AssertionError("no ETag on " + response.uri()));
    }
}
