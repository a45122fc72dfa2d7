package org.beachhead.web;

import org.htmlunit.html.DomElement;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The visual timeline (/timeline/chart) and the relationship map (/map), read over HTTP. */
class PicturePagesTest extends PageTest {

    @ParameterizedTest
    @ValueSource(strings = {"", "?partner=wasu", "?from=2016", "?partner=letv&kind=talks", "?from=2015&to=2015&order=newest"})
    void theChartHasOneLinkedMarkForEachEventTheListShows(String filter) {
        HtmlPage chart = get("/timeline/chart" + filter);
        HtmlPage list = get("/timeline" + filter);

        List<String> listed = attributes(list, ".event", "id").stream()
                .map(id -> "/events/" + id.substring("event-".length())).toList();
        assertThat(status(chart)).isEqualTo(200);
        assertThat(marks(chart)).isNotEmpty().containsExactlyInAnyOrderElementsOf(listed);
        assertThat(text(chart, "#result-count")).startsWith(listed.size() + " event");
        assertThat(attributes(chart, "#chart-events tbody a[href^='/events/']", "href")).containsExactlyInAnyOrderElementsOf(listed);
    }

    @Test
    void everyMarkAndBarOnTheChartLeadsToAPage() {
        HtmlPage chart = get("/timeline/chart");
        List<String> bars = attributes(chart, "#chart-wide svg.chart a.bar-link", "href");

        assertThat(bars).isNotEmpty().allSatisfy(href -> assertThat(href).startsWith("/deals/"));
        assertThat(java.util.stream.Stream.concat(marks(chart).stream(), bars.stream()).distinct())
                .allSatisfy(href -> assertThat(status(get(href))).as(href).isEqualTo(200));
    }

    @Test
    void theChartHasLanesForThePartnersOfTheFilteredEventsAndLinksBackToTheListWithTheSameFilters() {
        HtmlPage wasu = get("/timeline/chart?partner=wasu&from=2013");

        assertThat(texts(wasu, "#chart-wide svg.chart .lane-label")).containsExactly("Wasu Media", "Alibaba");
        assertThat(attributes(wasu, "a.view-switch", "href")).containsExactly("/timeline?partner=wasu&from=2013");
        assertThat(attributes(wasu, "#chart-wide svg.chart a.bar-link", "href"))
                .contains("/deals/wasu-alibaba-set-top-boxes", "/deals/wasu-netflix-partnership");
    }

    @Test
    void theChartDrawsYearOnlyAndApproximateDatesDistinctly() {
        HtmlPage chart = get("/timeline/chart");

        DomElement wasuAlibaba = mark(chart, "/events/wasu-alibaba-set-top-boxes");
        DomElement bardo = mark(chart, "/events/bardo-worldwide-availability");
        DomElement letv = mark(chart, "/events/netflix-letv-execs-meet");
        assertThat(wasuAlibaba.getAttribute("class")).contains("year-only");
        assertThat(wasuAlibaba.querySelectorAll("line.year-span")).hasSize(1);
        assertThat(bardo.getAttribute("class")).doesNotContain("year-only").doesNotContain("approximate");
        assertThat(letv.getAttribute("class")).contains("approximate");
        assertThat(bardo.querySelector("title").getTextContent()).isEqualTo("12 Aug 2017 · "
                + text(get("/events/bardo-worldwide-availability"), "h1"));
    }

    @ParameterizedTest
    @CsvSource({"/timeline/chart", "/timeline/chart?partner=letv&partner=wasu", "/timeline/chart?from=2016&lang=zh-CN"})
    void thePhonesDrawingShowsTheSameMarksBarsAndLanesNamedAboveThem(String url) {
        HtmlPage chart = get(url);
        DomElement narrow = (DomElement) chart.querySelector("#chart-narrow svg.chart");

        assertThat(attributes(chart, "#chart-narrow svg.chart a.mark", "href")).isNotEmpty().isEqualTo(marks(chart));
        assertThat(attributes(chart, "#chart-narrow svg.chart a.bar-link", "href"))
                .isEqualTo(attributes(chart, "#chart-wide svg.chart a.bar-link", "href"));
        assertThat(texts(chart, "#chart-narrow svg.chart .lane-label")).isEqualTo(texts(chart, "#chart-wide svg.chart .lane-label"));
        assertThat(attributes(chart, "#chart-narrow svg.chart .lane-label", "text-anchor")).containsOnly("start");
        assertThat(narrow.getAttribute("viewBox")).startsWith("0 0 320");
        assertThat(narrow.getAttribute("aria-labelledby")).isEqualTo("chart-title-narrow chart-desc-narrow");
        assertThat(text(chart, "#chart-desc-narrow")).isEqualTo(text(chart, "#chart-desc"));
    }

    @Test
    void theChartIsAnAccessibleImageWithAKey() {
        HtmlPage chart = get("/timeline/chart");

        DomElement svg = (DomElement) chart.querySelector("#chart-wide svg.chart");
        // A group, not an image: an image's content is presentational, and its marks are links (axe nested-interactive).
        assertThat(svg.getAttribute("role")).isEqualTo("group");
        assertThat(svg.getAttribute("viewBox")).startsWith("0 0 1000");
        assertThat(svg.getAttribute("aria-labelledby")).isEqualTo("chart-title chart-desc");
        assertThat(text(chart, "#chart-title")).isNotBlank();
        assertThat(text(chart, "#chart-desc")).contains("2013", "2023");
        assertThat(texts(chart, ".legend-statuses li")).contains("rumoured", "in talks", "announced", "signed", "active", "ended");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "/timeline/chart?from=abc        | from    | 'abc' is not a year",
            "/timeline/chart?partner=netflix | partner | there is no partner with the slug 'netflix'",
            "/timeline/chart?kind=rumour     | kind    | 'rumour' is not one of",
            "/map?partner=netflix            | partner | there is no partner with the slug 'netflix'",
            "/map?partner=Not_A_Slug         | partner | is not a slug"
    })
    void aMalformedFilterIsABadRequest(String url, String parameter, String reason) {
        HtmlPage page = get(url);

        assertThat(status(page)).isEqualTo(400);
        assertThat(text(page, ".error-message")).contains("Parameter " + parameter).contains(reason);
    }

    @Test
    void anEmptyFilterSaysSoInsteadOfDrawing() {
        HtmlPage page = get("/timeline/chart?from=1990&to=1991");

        assertThat(status(page)).isEqualTo(200);
        assertThat(page.querySelectorAll("svg.chart")).isEmpty();
        assertThat(text(page, ".empty")).contains("No event matches");
    }

    @Test
    void theMapLinksNetflixPartnersTitlesAndRegulatorsToTheirPages() {
        HtmlPage map = get("/map");

        assertThat(status(map)).isEqualTo(200);
        assertThat(nodeHref(map, "netflix")).isEqualTo("/timeline");
        assertThat(nodeHref(map, "partner:wasu")).isEqualTo("/partners/wasu");
        assertThat(nodeHref(map, "partner:alibaba")).isEqualTo("/partners/alibaba");
        assertThat(nodeHref(map, "title:bardo")).isEqualTo("/titles/bardo");
        assertThat(nodeHref(map, "regulator:sapprft")).isEqualTo("/regulators/sapprft");
        assertThat(attributes(map, "svg.map a.node", "href")).allSatisfy(href -> assertThat(status(get(href))).as(href).isEqualTo(200));
    }

    @ParameterizedTest
    @CsvSource({
            "partner:alibaba,        partner:wasu",
            "netflix,                partner:iqiyi",
            "partner:letv,           partner:microsoft",
            "title:bardo,            partner:iqiyi",
            "regulator:sapprft,      partner:wasu",
            "regulator:nrta,         netflix"
    })
    void theMapHasAnEdgeBetween(String one, String other) {
        assertThat(edgesBetween(get("/map"), one, other)).isNotEmpty();
    }

    @Test
    void theMapsDealEdgesLinkToTheirDealsAndTalksAreDashed() {
        HtmlPage map = get("/map");

        assertThat(edgesBetween(map, "partner:alibaba", "partner:wasu")).extracting(edge -> edge.getAttribute("href"))
                .contains("/deals/wasu-alibaba-set-top-boxes");
        assertThat(edgesBetween(map, "netflix", "partner:wasu")).singleElement()
                .satisfies(edge -> assertThat(((DomElement) edge.querySelector("path")).getAttribute("class")).contains("tentative"));
        assertThat(attributes(map, "svg.map a.edge-deal", "href")).allSatisfy(href -> assertThat(href).startsWith("/deals/"));
    }

    @Test
    void focusingTheMapOnAPartnerKeepsOnlyItAndItsNeighbours() {
        HtmlPage all = get("/map");
        HtmlPage letv = get("/map?partner=letv");

        List<String> keys = attributes(letv, "svg.map a.node", "data-key");
        assertThat(keys).contains("netflix", "partner:letv", "partner:microsoft", "partner:sony", "partner:hbo")
                .doesNotContain("partner:wasu", "partner:iqiyi", "title:empresses-in-the-palace");
        assertThat(keys.size()).isLessThan(all.querySelectorAll("svg.map a.node").size());
        assertThat(letv.querySelectorAll("svg.map .edge")).isNotEmpty().allSatisfy(edge -> assertThat(List.of(
                ((DomElement) edge).getAttribute("data-from"), ((DomElement) edge).getAttribute("data-to"))).contains("partner:letv"));
        assertThat(attributes(get("/map?partner=letv,wasu"), "svg.map a.node", "data-key")).contains("partner:letv", "partner:wasu");
    }

    @Test
    void thePicturesSpeakChinese() {
        HtmlPage chart = get("/timeline/chart?lang=zh-CN");
        HtmlPage map = get("/map?lang=zh-CN");

        assertThat(chart.getDocumentElement().getAttribute("lang")).isEqualTo("zh-CN");
        assertThat(text(chart, "h1")).isEqualTo("时间线图");
        assertThat(text(map, "h1")).isEqualTo("关系图");
    }

    @Test
    void theNumberOfSqlStatementsDoesNotGrowWithWhatIsDrawn() {
        long chartAll = statementsFor("/timeline/chart");
        long chartOne = statementsFor("/timeline/chart?partner=microsoft");
        long mapAll = statementsFor("/map");
        long mapOne = statementsFor("/map?partner=letv");

        assertThat(chartAll).isEqualTo(chartOne).isLessThanOrEqualTo(10);
        assertThat(mapAll).isEqualTo(mapOne).isLessThanOrEqualTo(10);
    }

    private static List<String> marks(HtmlPage chart) {
        return attributes(chart, "#chart-wide svg.chart a.mark", "href");
    }

    private static DomElement mark(HtmlPage chart, String href) {
        return (DomElement) chart.querySelector("#chart-wide svg.chart a.mark[href='" + href + "']");
    }

    private static String nodeHref(HtmlPage map, String key) {
        return attributes(map, "svg.map a.node[data-key='" + key + "']", "href").stream().findFirst()
                .orElseThrow(() -> new AssertionError("no node " + key));
    }

    private static List<DomElement> edgesBetween(HtmlPage map, String one, String other) {
        return map.querySelectorAll("svg.map .edge").stream().map(DomElement.class::cast)
                .filter(edge -> List.of(edge.getAttribute("data-from"), edge.getAttribute("data-to")).containsAll(List.of(one, other)))
                .toList();
    }
}
