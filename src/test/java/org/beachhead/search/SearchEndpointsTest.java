package org.beachhead.search;

import org.beachhead.web.PageTest;
import org.htmlunit.WebResponse;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** The search page's facets and suggestion, /search/suggest and /api/v1/search, as a browser or client sees them. */
class SearchEndpointsTest extends PageTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void theCountsPerKindPartnerAndYearAreLinksThatKeepTheQuery() {
        HtmlPage page = get("/search?q=wasu");

        assertThat(attributes(page, "#facets a", "href")).isNotEmpty().allSatisfy(href -> assertThat(href).contains("q=wasu"));
        assertThat(attributes(page, ".facets-kind a", "href")).contains("/search?q=wasu&kind=events");

        HtmlPage filtered = get("/search?q=wasu&kind=events&year=2015");
        assertThat(filtered.querySelectorAll(".result-group")).hasSize(1);
        assertThat(attributes(filtered, ".result-group", "id")).containsExactly("results-events");
        assertThat(texts(filtered, ".result-meta time")).isNotEmpty().allSatisfy(date -> assertThat(date).contains("2015"));
        assertThat(attributes(filtered, ".active-filters a", "href"))
                .containsExactlyInAnyOrder("/search?q=wasu&year=2015", "/search?q=wasu&kind=events");
    }

    @Test
    void aTypoIsAnsweredWithTheNameItMeant() {
        HtmlPage page = get("/search?q=Wasoo");

        assertThat(text(page, ".results-for")).contains("Wasoo").contains("Wasu");
        assertThat(attributes(page, "#results-partners .result-label a", "href")).first().isEqualTo("/partners/wasu");
    }

    @Test
    void aBadFilterIsABadRequestNamingIt() {
        assertThat(status(get("/search?q=wasu&kind=planets"))).isEqualTo(400);
        assertThat(text(get("/search?q=wasu&year=15"), ".error-message")).startsWith("Parameter year:");
    }

    @Test
    void suggestionsAreJson() {
        JsonNode suggestions = json("/search/suggest?q=sar");

        assertThat(suggestions.values()).anySatisfy(s -> {
            assertThat(s.get("label").asString()).isEqualTo("Ted Sarandos");
            assertThat(s.get("href").asString()).isEqualTo("/people/ted-sarandos");
        });
        assertThat(fetch("/search/suggest?q=" + "a".repeat(201)).getStatusCode()).isEqualTo(400);
        WebResponse script = fetch("/js/search-suggest.js");
        assertThat(script.getStatusCode()).isEqualTo(200);
        assertThat(script.getContentType()).isEqualTo("text/javascript");
        assertThat(script.getContentAsString()).contains("/search/suggest");
    }

    @Test
    void theApiGivesTheSameResults() {
        JsonNode answer = json("/api/v1/search?q=wasu");
        HtmlPage page = get("/search?q=wasu");

        assertThat(answer.get("total").asInt()).isPositive();
        assertThat(text(page, "#result-count")).startsWith(answer.get("total").asInt() + " results");
        JsonNode partners = answer.get("groups").values().stream()
                .filter(group -> group.get("kind").asString().equals("partners")).findFirst().orElseThrow();
        assertThat(partners.get("results").get(0).get("html").asString()).isEqualTo("/partners/wasu");
        assertThat(answer.get("facets").get("kind").values()).isNotEmpty();
        assertThat(fetch("/api/v1/search?q=" + "a".repeat(201)).getStatusCode()).isEqualTo(400);
        assertThat(fetch("/api/v1/search?q=wasu&sise=3").getStatusCode()).isEqualTo(400);
    }

    @Test
    void aChinesePageShowsChineseHeadlinesNamesAndFacetsAndTheEnglishPageEnglishOnes() {
        HtmlPage chinese = get("/search?q=" + encoded("机顶盒") + "&lang=zh-CN");

        assertThat(texts(chinese, "#results-events .result-label")).first()
                .isEqualTo("杭州有线电视和宽带运营商华数开始与阿里巴巴合作生产机顶盒");
        assertThat(texts(chinese, "#results-events .search-result:first-child .result-label mark")).containsExactly("机顶盒");
        assertThat(texts(chinese, ".facets-partner a")).contains("华数传媒", "阿里巴巴");
        assertThat(texts(chinese, "#results-deals .result-label")).containsExactly("华数与阿里巴巴的机顶盒合作");
        assertThat(text(chinese, "#heading-events")).isEqualTo("事件");

        HtmlPage english = get("/search?q=" + encoded("机顶盒") + "&lang=en");
        assertThat(texts(english, "#results-events .result-label")).first()
                .isEqualTo("Wasu, a Hangzhou cable and broadband operator, begins working with Alibaba on set-top boxes");
        assertThat(texts(english, "#results-events .search-result:first-child .also-named mark")).containsExactly("机顶盒");
        assertThat(texts(english, ".facets-partner a")).contains("Wasu Media", "Alibaba");
    }

    @Test
    void chineseSuggestionsAndTheApiCarryTheChineseNames() {
        JsonNode suggestions = json("/search/suggest?q=sar&lang=zh-CN");
        assertThat(suggestions.values()).anySatisfy(s -> assertThat(s.get("label").asString()).isEqualTo("泰德·萨兰多斯"));

        JsonNode answer = json("/api/v1/search?q=" + encoded("机顶盒"));
        JsonNode event = answer.get("groups").get(0).get("results").get(0);
        assertThat(event.get("html").asString()).isEqualTo("/events/wasu-alibaba-set-top-boxes");
        assertThat(event.get("label").get(0).get("text").asString()).startsWith("Wasu, a Hangzhou");
        assertThat(event.get("labelZh").values()).anySatisfy(run -> {
            assertThat(run.get("text").asString()).isEqualTo("机顶盒");
            assertThat(run.get("matched").asBoolean()).isTrue();
        });
        assertThat(answer.get("facets").get("partner").values())
                .anySatisfy(facet -> assertThat(facet.get("labelZh").asString()).isEqualTo("华数传媒"));
    }

    private static String encoded(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private JsonNode json(String pathAndQuery) {
        WebResponse response = fetch(pathAndQuery);
        assertThat(response.getStatusCode()).as(pathAndQuery).isEqualTo(200);
        assertThat(response.getContentType()).as(pathAndQuery).isEqualTo("application/json");
        return JSON.readTree(response.getContentAsString(StandardCharsets.UTF_8));
    }
}
