package org.beachhead.web;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cache.CacheManager;
import org.springframework.cache.caffeine.CaffeineCache;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.CookieManager;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** HTTP validators, seen as a client sees them: headers and bytes. */
class HttpCachingTest extends PageTest {

    @Autowired
    CacheManager caches;

    /** One of each kind of answer: pages, a filtered timeline, a search, feeds and citations. */
    static Stream<String> answers() {
        return Stream.of("/", "/timeline?partner=wasu&kind=talks", "/events/netflix-wasu-talks", "/partners/wasu",
                "/sources/netflix-wasu-talks-2015", "/search?q=wasu", "/feed.atom", "/partners/wasu/feed.atom",
                "/sources/netflix-wasu-talks-2015/cite.bib", "/sources/netflix-wasu-talks-2015/cite.json");
    }

    @Test
    void visitorsArrivingTogetherBeforeAPageIsKeptWaitForOneRenderingAndAllGetIt() throws Exception {
        String path = "/partners/iqiyi";
        long oneRendering = statementsFor(path);
        byte[] page = request(path).body();
        forgetWhatIsKept(events, versions);
        var statistics = entityManagerFactory.unwrap(org.hibernate.SessionFactory.class).getStatistics();
        long before = statistics.getPrepareStatementCount();

        var visitors = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            var gate = new java.util.concurrent.CountDownLatch(1);
            var answers = java.util.stream.IntStream.range(0, 8).mapToObj(i -> visitors.submit(() -> {
                gate.await();
                return request(path);
            })).toList();
            gate.countDown();
            for (var answer : answers) {
                HttpResponse<byte[]> response = answer.get(30, java.util.concurrent.TimeUnit.SECONDS);
                assertThat(response.statusCode()).isEqualTo(200);
                assertThat(response.body()).isEqualTo(page);
            }
        } finally {
            visitors.shutdownNow();
        }

        assertThat(statistics.getPrepareStatementCount() - before).isEqualTo(oneRendering);
    }

    @Test
    void anImportLetsGoOfEveryKeptAnswer() {
        var answers = ((CaffeineCache) caches.getCache(CacheConfiguration.ANSWERS)).getNativeCache();
        request("/timeline?partner=wasu");
        request("/partners/wasu");
        assertThat(answers.asMap()).isNotEmpty();

        forgetWhatIsKept(events, versions);

        assertThat(answers.asMap()).isEmpty();
        assertThat(statementsFor("/partners/wasu")).as("rendered again").isPositive();
    }

    @ParameterizedTest
    @MethodSource("answers")
    void everyAnswerHasAStrongTagAndIsNotSentAgainToAClientThatHasIt(String path) {
        HttpResponse<byte[]> first = request(path);

        assertThat(first.statusCode()).isEqualTo(200);
        String tag = etag(first);
        assertThat(tag).matches("\"[A-Za-z0-9_-]+\"");
        assertThat(first.headers().firstValue("Cache-Control")).hasValue("public, no-cache");
        assertThat(first.headers().firstValue("Vary")).hasValue("Accept-Language, Cookie");
        assertThat(etag(request(path))).as("the same representation, the same tag").isEqualTo(tag);

        HttpResponse<byte[]> again = request(path, "If-None-Match", tag);
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        assertThat(etag(again)).isEqualTo(tag);
        assertThat(again.headers().firstValue("Vary")).hasValue("Accept-Language, Cookie");

        assertThat(request(path, "If-None-Match", "\"something-else\"").statusCode()).isEqualTo(200);
    }

    @Test
    void aHeadRequestIsAnsweredTheSameWay() {
        String tag = etag(request("/timeline"));
        HttpClient client = HttpClient.newHttpClient();

        assertThat(etag(send(client, "HEAD", "/timeline"))).isEqualTo(tag);
        assertThat(send(client, "HEAD", "/timeline", "If-None-Match", tag).statusCode()).isEqualTo(304);
    }

    @Test
    void everyRepresentationHasItsOwnTag() {
        assertThat(answers().map(path -> etag(request(path)))).doesNotHaveDuplicates();
        assertThat(etag(request("/timeline?partner=wasu"))).isNotEqualTo(etag(request("/timeline?partner=letv")))
                .isNotEqualTo(etag(request("/timeline")));
        assertThat(etag(request("/timeline", "Accept-Language", "zh-CN"))).isNotEqualTo(etag(request("/timeline", "Accept-Language", "en")));
        assertThat(etag(request("/timeline?lang=zh-CN"))).isNotEqualTo(etag(request("/timeline")));
    }

    @Test
    void theLanguageRememberedInItsCookieIsPartOfTheTag() {
        HttpClient visitor = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String english = etag(send(visitor, "GET", "/partners"));

        HttpResponse<byte[]> switching = send(visitor, "GET", "/timeline?lang=zh-CN");
        assertThat(switching.headers().firstValue("Set-Cookie")).hasValueSatisfying(cookie -> assertThat(cookie).startsWith("lang=zh-CN;"));
        assertThat(switching.headers().firstValue("Cache-Control")).as("the same cookie for everyone who asks for this URL")
                .hasValue("public, no-cache");

        HttpResponse<byte[]> chinese = send(visitor, "GET", "/partners", "If-None-Match", english);
        assertThat(chinese.statusCode()).as("the English copy is not the Chinese page").isEqualTo(200);
        assertThat(etag(chinese)).isNotEqualTo(english);
        assertThat(send(visitor, "GET", "/partners", "If-None-Match", etag(chinese)).statusCode()).isEqualTo(304);
    }

    @Test
    void lastModifiedIsAnHttpDateAndIfModifiedSinceItIsNotModified() {
        HttpResponse<byte[]> first = request("/partners");
        String lastModified = first.headers().firstValue("Last-Modified").orElseThrow();
        ZonedDateTime modified = ZonedDateTime.parse(lastModified, DateTimeFormatter.RFC_1123_DATE_TIME);

        assertThat(request("/partners", "If-Modified-Since", lastModified).statusCode()).isEqualTo(304);
        assertThat(request("/partners", "If-Modified-Since", DateTimeFormatter.RFC_1123_DATE_TIME.format(modified.minusSeconds(1)))
                .statusCode()).isEqualTo(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/partners/nobody", "/events/nothing", "/timeline?from=abc", "/sources/nobody/cite.bib",
            "/partners/nobody/feed.atom", "/no/such/page"})
    void errorsCarryNoValidators(String path) {
        HttpResponse<byte[]> response = request(path);

        assertThat(response.statusCode()).isBetween(400, 499);
        assertThat(response.headers().firstValue("ETag")).isEmpty();
        assertThat(response.headers().firstValue("Last-Modified")).isEmpty();
        assertThat(request(path, "If-None-Match", "*").statusCode()).as("never a 304 for an error").isBetween(400, 499);
    }

    @Test
    void staticResourcesAreLeftToSpring() {
        HttpResponse<byte[]> css = request("/css/beachhead.css");

        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.headers().firstValue("Cache-Control")).isEmpty();
        // Tomcat's compression varies on the coding alone; the pages' language and cookie play no part.
        assertThat(css.headers().allValues("Vary")).allMatch("accept-encoding"::equalsIgnoreCase);
    }

    private static String etag(HttpResponse<byte[]> response) {
        return response.headers().firstValue("ETag").orElseThrow(() -> new AssertionError("no ETag on " + response.uri()));
    }
}
