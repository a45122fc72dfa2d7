package org.beachhead.web;

import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CitationsTest extends PageTest {

    @Test
    void anEventPageSaysHowToCiteItWithAnAbsolutePermalink() {
        HtmlPage page = get("/events/netflix-wasu-talks");
        String permalink = SITE + "/events/netflix-wasu-talks";

        assertThat(text(page, "#cite")).isEqualTo("Cite this event");
        assertThat(attributes(page, ".cite a.permalink", "href")).containsExactly(permalink);
        assertThat(text(page, ".cite .citation")).startsWith("“" + text(page, "main h1") + "”, c. May 2015. Beachhead. " + permalink)
                .endsWith("(accessed " + LocalDate.now(ZoneOffset.UTC) + ").");
        List<String> sources = attributes(page, "section[aria-labelledby='sources'] a", "href");
        assertThat(attributes(page, ".cite-sources a.bibtex", "href")).containsExactlyElementsOf(
                sources.stream().map(source -> source + "/cite.bib").toList());
        assertThat(attributes(page, ".cite-sources a.csl-json", "href")).containsExactlyElementsOf(
                sources.stream().map(source -> source + "/cite.json").toList());
    }

    @Test
    void theCiteBlockSpeaksChineseToo() {
        HtmlPage page = get("/events/netflix-wasu-talks?lang=zh-CN");

        assertThat(text(page, "#cite")).isEqualTo("引用此事件");
        assertThat(text(page, ".cite .citation")).contains("约2015年5月", "访问日期");
    }

    @Test
    void everySourcePageLinksToItsCitationsAndTheyAnswer() {
        List<String> sources = attributes(get("/sources"), ".source-card h2 a", "href");
        assertThat(sources).hasSize(5);
        for (String source : sources) {
            HtmlPage page = get(source);
            List<String> links = new ArrayList<>(attributes(page, ".cite-links a", "href"));
            assertThat(links).containsExactly(source + "/cite.bib", source + "/cite.json");
            links.forEach(link -> assertThat(request(link).statusCode()).as(link).isEqualTo(200));
        }
    }

    @ParameterizedTest
    @CsvSource({
            "cgtn-2017-netflix-first-chinese-original, article-newspaper, CGTN, 2017|8|12, false",
            "resonate-2016-netflix-more-asian-content, article-newspaper, Resonate, 2016|8, true",
            "netflix-wasu-talks-2015, webpage, , 2015|5, true",
            "essay-netflix-absence-from-mainland-china, webpage, , 2023, true"})
    void cslJsonGivesTheDateAtItsPrecisionAndSaysWhenItIsApproximate(String slug, String type, String container,
                                                                      String dateParts, boolean circa) {
        HttpResponse<byte[]> response = request("/sources/" + slug + "/cite.json");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/vnd.citationstyles.csl+json");
        JsonNode items = JsonMapper.builder().build().readTree(response.body());
        assertThat(items.isArray()).isTrue();
        assertThat(items.size()).isEqualTo(1);
        JsonNode item = items.get(0);
        assertThat(item.get("type").asString()).isEqualTo(type);
        assertThat(item.get("title").asString()).isNotBlank();
        assertThat(item.has("container-title")).isEqualTo(container != null);
        if (container != null) {
            assertThat(item.get("container-title").asString()).isEqualTo(container);
        }
        List<String> parts = new ArrayList<>();
        item.get("issued").get("date-parts").get(0).forEach(part -> parts.add(part.asString()));
        assertThat(String.join("|", parts)).isEqualTo(dateParts);
        assertThat(item.get("issued").path("circa").asBoolean(false)).isEqualTo(circa);
        assertThat(item.get("URL").asString()).isEqualTo(SITE + "/sources/" + slug);
        assertThat(item.get("accessed").get("date-parts").get(0).get(0).asString())
                .isEqualTo(Integer.toString(LocalDate.now(ZoneOffset.UTC).getYear()));
        assertThat(item.get("note").asString()).containsPattern("SHA-256: [0-9a-f]{64}");
    }

    @Test
    void bibtexIsUtf8WithTheSourcePageAsUrl() {
        HttpResponse<byte[]> response = request("/sources/blog-2015-netflix-letv-talks/cite.bib");

        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/x-bibtex;charset=UTF-8");
        String bib = new String(response.body(), StandardCharsets.UTF_8);
        assertThat(bib).startsWith("@online{beachhead-blog-2015-netflix-letv-talks,")
                .contains("  year = {2015},\n  month = mar,\n", "  date = {2015-03~},",
                        "  url = {" + SITE + "/sources/blog-2015-netflix-letv-talks},",
                        "China’s LeTV", "inferred, not stated in the source");
    }

    @Test
    void anUnknownSourceHasNoCitation() {
        assertThat(request("/sources/nobody/cite.bib").statusCode()).isEqualTo(404);
        assertThat(request("/sources/nobody/cite.json").statusCode()).isEqualTo(404);
    }
}
