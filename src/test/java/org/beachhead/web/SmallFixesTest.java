package org.beachhead.web;

import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** What issue 14 found missing around the pages: compression, a favicon, the language switch on error pages, dirty filter addresses. */
class SmallFixesTest extends PageTest {

    @Test
    void textAnswersAreCompressedForClientsThatAskAndOnlyForThem() throws IOException {
        HttpResponse<byte[]> compressed = request("/timeline", "Accept-Encoding", "gzip");
        HttpResponse<byte[]> plain = request("/timeline");

        assertThat(compressed.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(compressed.body().length).isLessThan(plain.body().length / 3);
        try (GZIPInputStream unzipped = new GZIPInputStream(new ByteArrayInputStream(compressed.body()))) {
            assertThat(new String(unzipped.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(new String(plain.body(), StandardCharsets.UTF_8));
        }
        assertThat(request("/css/beachhead.css", "Accept-Encoding", "gzip").headers().firstValue("Content-Encoding")).hasValue("gzip");
    }

    @Test
    void aCompressedPageHasATagOfItsOwnAndIsStillRevalidatedByIt() {
        HttpResponse<byte[]> compressed = request("/deals", "Accept-Encoding", "gzip");
        String tag = compressed.headers().firstValue("ETag").orElseThrow();
        String plainTag = request("/deals").headers().firstValue("ETag").orElseThrow();

        assertThat(tag).isEqualTo(plainTag.replaceFirst("\"$", "-gzip\""));
        HttpResponse<byte[]> again = request("/deals", "Accept-Encoding", "gzip", "If-None-Match", tag);
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.headers().firstValue("ETag")).hasValue(tag);
    }

    @Test
    void theSiteHasAFaviconThatEveryPageNames() {
        HttpResponse<byte[]> icon = request("/favicon.ico");
        assertThat(icon.statusCode()).isEqualTo(200);
        assertThat(icon.headers().firstValue("Content-Type").orElse("")).startsWith("image/");
        assertThat(attributes(get("/deals"), "link[rel='icon']", "href")).containsExactly("/favicon.svg");
        assertThat(request("/favicon.svg").statusCode()).isEqualTo(200);
    }

    @Test
    void errorPagesKeepTheLanguageSwitch() {
        HtmlPage bad = get("/timeline?from=abc");
        HtmlPage missing = get("/partners/no-such-partner");

        assertThat(status(bad)).isEqualTo(400);
        assertThat(attributes(bad, ".languages a", "href")).containsExactlyInAnyOrder("/timeline?from=abc&lang=en", "/timeline?from=abc&lang=zh-CN");
        assertThat(status(missing)).isEqualTo(404);
        assertThat(attributes(missing, ".languages a", "href")).contains("/partners/no-such-partner?lang=zh-CN");
    }

    @Test
    void aFilterFormSentWithEmptyFieldsAndDefaultsRedirectsToTheCleanAddress() {
        HttpResponse<byte[]> dirty = request("/timeline?partner=wasu&from=&to=&order=oldest");
        assertThat(dirty.statusCode()).isEqualTo(302);
        assertThat(dirty.headers().firstValue("Location").orElseThrow()).endsWith("/timeline?partner=wasu");

        assertThat(request("/deals?partner=&status=signed").headers().firstValue("Location").orElseThrow()).endsWith("/deals?status=signed");
        assertThat(request("/timeline?order=newest").statusCode()).isEqualTo(200);
        assertThat(request("/timeline?order=newest&order=oldest").statusCode()).as("a repeated order is refused, not cleaned").isEqualTo(400);
    }
}
