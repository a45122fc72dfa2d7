package org.beachhead.web;

import org.htmlunit.html.HtmlInput;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class SearchPageTest extends PageTest {

    /** The header's search box and the page's own are two search landmarks: each needs a name of its own (axe landmark-unique). */
    @Test
    void theTwoSearchFormsOfTheSearchPageHaveNamesOfTheirOwnInBothLanguages() {
        assertThat(attributes(get("/search?q=wasu"), "form[role=search]", "aria-label"))
                .containsExactly("Site search", "Search the corpus");
        assertThat(attributes(get("/search?q=wasu&lang=zh-CN"), "form[role=search]", "aria-label"))
                .containsExactly("全站搜索", "搜索语料");
    }

    @Test
    void wasuFindsItsEventsAndThePartnerWithTheWordHighlighted() {
        HtmlPage page = search("wasu");

        assertThat(status(page)).isEqualTo(200);
        assertThat(attributes(page, "#results-events .result-label a", "href")).hasSizeGreaterThan(1)
                .allSatisfy(href -> assertThat(href).startsWith("/events/"));
        assertThat(attributes(page, "#results-partners .result-label a", "href")).first().isEqualTo("/partners/wasu");
        assertThat(texts(page, "#results-partners .result-label mark")).first().isEqualTo("Wasu");
        assertThat(texts(page, "#results-sources .result-label a")).isNotEmpty();
        assertThat(attributes(page, "#results-sources .snippet a", "href")).contains("/sources/netflix-wasu-talks-2015");
        assertThat(texts(page, "mark")).isNotEmpty().allSatisfy(mark -> assertThat(mark).isEqualToIgnoringCase("wasu"));
    }

    @Test
    void anEventSnippetLinksToItsExcerptInTheSource() {
        HtmlPage page = search("Jack Ma");

        assertThat(attributes(page, "#results-events .snippet a", "href"))
                .isNotEmpty().allSatisfy(href -> assertThat(href).matches("/sources/[a-z0-9-]+#excerpt-\\d+-\\d+"));
    }

    @Test
    void aQuotedPhraseFindsTheWholeSeasonRuleFirst() {
        HtmlPage page = search("\"whole season\"");

        assertThat(attributes(page, "#results-events .result-label a", "href")).first()
                .isEqualTo("/events/whole-season-approval-rule");
        assertThat(texts(page, "#results-events .search-result:first-child mark"))
                .anySatisfy(mark -> assertThat(mark).isEqualToIgnoringCase("whole season"));
    }

    @Test
    void aChineseNameFindsThePartner() {
        HtmlPage page = search("爱奇艺");

        assertThat(attributes(page, "#results-partners .result-label a", "href")).containsExactly("/partners/iqiyi");
        assertThat(texts(page, "#results-partners .also-named mark")).containsExactly("爱奇艺");
    }

    @Test
    void aRegulatorIsFoundByItsChineseOrFullName() {
        assertThat(attributes(search("总局"), "#results-regulators .result-label a", "href"))
                .containsExactlyInAnyOrder("/regulators/sapprft", "/regulators/nrta");
        assertThat(attributes(search("\"radio and television\""), "#results-regulators .result-label a", "href"))
                .containsExactly("/regulators/nrta");
    }

    @Test
    void aPersonIsShownWithTheEventsTheyAppearIn() {
        HtmlPage page = search("sarandos");

        assertThat(texts(page, "#results-people .result-label")).containsExactly("Ted Sarandos");
        assertThat(attributes(page, "#results-people .appears-in a", "href")).isNotEmpty()
                .allSatisfy(href -> assertThat(href).startsWith("/events/"));
    }

    @Test
    void pageChromeOfAnArticleIsNotSearched() {
        HtmlPage page = search("\"CGTN Published\"");

        assertThat(page.querySelectorAll("#results-sources")).isEmpty();
        assertThat(text(page, ".no-results")).contains("CGTN Published");
    }

    @Test
    void theQueryIsEscapedNeverMarkup() {
        HtmlPage page = search("<script>alert(1)</script>");

        assertThat(status(page)).isEqualTo(200);
        // The only script is the suggestions' external file: the query never becomes one.
        assertThat(page.getElementsByTagName("script")).singleElement().satisfies(script -> {
            assertThat(script.getAttribute("src")).isEqualTo("/js/search-suggest.js");
            assertThat(script.getTextContent()).isEmpty();
        });
        assertThat(((HtmlInput) page.getElementById("search-query")).getValue()).isEqualTo("<script>alert(1)</script>");
        assertThat(text(page, ".no-results")).contains("<script>alert(1)</script>");
    }

    @Test
    void theSearchFormIsLabelledAndKeepsTheQuery() {
        HtmlPage page = search("whole season");

        assertThat(attributes(page, "main form[role=search] label", "for")).containsExactly("search-query");
        assertThat(attributes(page, "header form[role=search] label", "for")).containsExactly("site-search");
        assertThat(((HtmlInput) page.getElementById("search-query")).getValue()).isEqualTo("whole season");
        assertThat(text(page, "title")).startsWith("Search: whole season");
    }

    @Test
    void everyPageHasTheSearchBoxAndItLeadsToResults() {
        for (String path : java.util.List.of("/timeline", "/partners/wasu", "/deals", "/sources", "/people")) {
            assertThat(attributes(get(path), "header form[role=search]", "action")).as(path).containsExactly("/search");
        }
        assertThat(get("/search?q=wasu").querySelectorAll("mark")).isNotEmpty();
    }

    @Test
    void anEmptyQueryShowsAPrompt() {
        HtmlPage page = get("/search?q=");

        assertThat(status(page)).isEqualTo(200);
        assertThat(text(page, ".search-prompt")).contains("Type a word");
        assertThat(page.querySelectorAll(".search-result, .no-results")).isEmpty();
        assertThat(status(get("/search"))).isEqualTo(200);
    }

    @Test
    void aQueryThatMatchesNothingSaysSo() {
        HtmlPage page = search("zyzzyva");

        assertThat(status(page)).isEqualTo(200);
        assertThat(text(page, ".no-results")).startsWith("Nothing in the corpus matches “zyzzyva”");
        assertThat(page.querySelectorAll(".search-result")).isEmpty();
    }

    @Test
    void aQueryOfMoreThan200CharactersIsABadRequestNamingTheParameter() {
        assertThat(status(search("a".repeat(200)))).isEqualTo(200);

        HtmlPage page = search("a".repeat(201));

        assertThat(status(page)).isEqualTo(400);
        assertThat(text(page, ".error-message")).startsWith("Parameter q:").contains("too long");
    }

    @Test
    void theLabelsAreTranslated() {
        HtmlPage page = get("/search?q=wasu&lang=zh-CN");

        assertThat(text(page, "h1")).isEqualTo("搜索语料");
        assertThat(page.getDocumentElement().getAttribute("lang")).isEqualTo("zh-CN");
        assertThat(text(page, "#results-partners h2")).isEqualTo("合作方");
        get("/search?lang=en");
    }

    @Test
    void aSearchIssuesAtMostOneSqlStatementEvenTheFirstSinceTheIndexIsBuiltWhenTheCorpusIsLoaded() {
        // The one statement is the corpus version, read at most once a second.
        assertThat(statementsFor("/search?q=netflix")).isLessThanOrEqualTo(1);
        assertThat(statementsFor("/search?q=microsoft")).isLessThanOrEqualTo(1);
        assertThat(statementsFor("/search?q=zyzzyva")).isLessThanOrEqualTo(1);
    }

    private HtmlPage search(String query) {
        return get("/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
    }
}
