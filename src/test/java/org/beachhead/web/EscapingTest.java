package org.beachhead.web;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A corpus whose articles and curation carry markup (src/test/resources/corpus/hostile): every page
 * shows it as text, never as markup. This needs its own corpus, hence its own application context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "beachhead.corpus.folder=src/test/resources/corpus/hostile",
        "spring.datasource.url=jdbc:h2:mem:beachhead-escaping;DB_CLOSE_DELAY=-1"})
class EscapingTest {

    @LocalServerPort
    int port;

    @ParameterizedTest
    @ValueSource(strings = {"/", "/timeline?partner=markup-corp", "/events/markup-deal", "/partners", "/partners/markup-corp",
            "/deals?partner=markup-corp", "/sources", "/sources/markup-article", "/search?q=script", "/search?q=%3Cscript%3E",
            "/timeline/chart", "/map"})
    void markupFromTheCorpusOrTheRequestIsShownInert(String path) throws Exception {
        String body = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString()).body();

        assertThat(body).as(path).doesNotContain("<script>alert").doesNotContain("<img src=x").doesNotContain("<b>bold</b>")
                .doesNotContain("<em>Corp</em>").doesNotContain("<i>Evil</i>");
        assertThat(body).as(path).containsAnyOf("&lt;script&gt;", "&lt;em&gt;Corp&lt;/em&gt;", "&lt;b&gt;bold");
    }
}
