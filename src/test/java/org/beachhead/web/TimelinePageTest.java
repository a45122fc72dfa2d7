package org.beachhead.web;

import org.beachhead.common.PartialDate;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TimelinePageTest extends PageTest {

    @Test
    void theLandingPageIntroducesTheSiteAndShowsTheWholeTimeline() {
        HtmlPage landing = get("/");
        HtmlPage timeline = get("/timeline");

        assertThat(status(landing)).isEqualTo(200);
        assertThat(text(landing, ".intro")).contains("Netflix");
        assertThat(landing.querySelectorAll(".event")).hasSameSizeAs(timeline.querySelectorAll(".event"));
        assertThat((Object) timeline.querySelector(".intro")).isNull();
    }

    @Test
    void showsEveryEventOldestFirstGroupedByYearEachWithAnExcerptAndItsSource() {
        HtmlPage page = get("/timeline");

        int events = page.querySelectorAll(".event").size();
        assertThat(events).isGreaterThan(30);
        assertThat(text(page, "#result-count")).startsWith(events + " events");
        assertThat(page.querySelectorAll(".event blockquote mark.quote")).hasSize(events);
        assertThat(texts(page, ".event figcaption cite")).hasSize(events).allSatisfy(cite -> assertThat(cite).isNotBlank());
        assertThat(dates(page)).isSortedAccordingTo(PartialDate.CHRONOLOGICAL);
        List<Integer> years = texts(page, ".year > h2").stream().map(Integer::valueOf).toList();
        assertThat(years).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void newestFirstReversesTheOrder() {
        List<String> oldest = attributes(get("/timeline"), ".event", "id");
        List<String> newest = attributes(get("/timeline?order=newest"), ".event", "id");

        assertThat(newest).containsExactlyElementsOf(reversed(oldest));
    }

    @Test
    void showsDatesAtTheirRealPrecision() {
        List<String> shown = texts(get("/timeline"), ".event-meta time");

        assertThat(shown).contains("12 Aug 2017", "Jan 2015", "c. Mar 2015", "2013", "c. 2023");
        assertThat(shown.indexOf("2016")).as("a year-only date before that year's months").isLessThan(shown.indexOf("c. Aug 2016"));
        assertThat(shown).noneMatch(date -> date.startsWith("1 Jan"));
    }

    @Test
    void filteringByAPartnerShowsOnlyItsEventsAndTheCountItsFacetPromised() {
        HtmlPage all = get("/timeline");
        String wasuFacet = all.querySelectorAll("#partner-facets li").stream()
                .filter(item -> item.getTextContent().contains("Wasu")).findFirst().orElseThrow()
                .querySelector(".facet-count > span:first-child").getTextContent().strip();

        HtmlPage wasu = get("/timeline?partner=wasu");

        int shown = wasu.querySelectorAll(".event").size();
        assertThat(shown).isPositive().isEqualTo(Integer.parseInt(wasuFacet)).isLessThan(all.querySelectorAll(".event").size());
        assertThat(wasu.querySelectorAll(".event")).allSatisfy(event ->
                assertThat((Object) event.querySelector("a[href='/partners/wasu']")).isNotNull());
        assertThat(text(wasu, "#result-count")).startsWith(shown + " events match");
        assertThat(texts(wasu, ".active-filters li")).anyMatch(filter -> filter.startsWith("Partner: Wasu"));
        assertThat(attributes(wasu, ".active-filters a[aria-label^='Remove filter Partner']", "href")).containsExactly("/timeline");
    }

    @Test
    void theChartLinkKeepsTheFiltersAndShowsTheSameEvents() {
        HtmlPage list = get("/timeline?partner=wasu&from=2015");
        String chart = attributes(list, "a.chart-link", "href").get(0);

        assertThat(chart).isEqualTo("/timeline/chart?partner=wasu&from=2015");
        assertThat(status(get(chart))).isEqualTo(200);
    }

    @Test
    void severalPartnersCanBeGivenRepeatedOrCommaSeparated() {
        List<String> repeated = attributes(get("/timeline?partner=wasu&partner=letv"), ".event", "id");
        List<String> commas = attributes(get("/timeline?partner=wasu,letv"), ".event", "id");
        int wasu = get("/timeline?partner=wasu").querySelectorAll(".event").size();
        int letv = get("/timeline?partner=letv").querySelectorAll(".event").size();

        assertThat(repeated).isEqualTo(commas).hasSizeGreaterThan(Math.max(wasu, letv)).hasSizeLessThanOrEqualTo(wasu + letv);
    }

    @Test
    void filtersByKindAndByYears() {
        HtmlPage regulation = get("/timeline?kind=regulation");
        HtmlPage years = get("/timeline?from=2015&to=2016");

        assertThat(attributes(regulation, ".event", "data-kind")).isNotEmpty().containsOnly("regulation");
        assertThat(dates(years)).isNotEmpty().allSatisfy(date -> assertThat(date.year()).isBetween(2015, 2016));
        assertThat(texts(years, ".active-filters li")).contains("From 2015 ×", "To 2016 ×");
    }

    @Test
    void aFilterThatMatchesNothingSaysSo() {
        HtmlPage page = get("/timeline?from=1990&to=1991");

        assertThat(status(page)).isEqualTo(200);
        assertThat(page.querySelectorAll(".event")).isEmpty();
        assertThat(text(page, ".empty")).contains("No event matches these filters");
        assertThat(text(page, "#result-count")).startsWith("0 events");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "/timeline?from=abc          | from    | 'abc' is not a year",
            "/timeline?to=20155          | to      | '20155' is not a year",
            "/timeline?from=2018&to=2015 | from    | the year 2018 is after 'to' (2015)",
            "/timeline?partner=netflix   | partner | there is no partner with the slug 'netflix'",
            "/timeline?kind=rumour       | kind    | 'rumour' is not one of: deal, talks",
            "/timeline?partner=Wasu%20Media | partner | 'Wasu Media' is not a slug",
            "/timeline?order=sideways    | order   | 'sideways' is not an order"
    })
    void aMalformedFilterIsABadRequestThatSaysWhichParameterAndWhy(String url, String parameter, String reason) {
        HtmlPage page = get(url);

        assertThat(status(page)).isEqualTo(400);
        assertThat(text(page, ".error-message")).contains("Parameter " + parameter).contains(reason);
    }

    @Test
    void theNumberOfSqlStatementsDoesNotGrowWithTheEventsShown() {
        long all = statementsFor("/timeline");
        long one = statementsFor("/timeline?partner=microsoft");
        long none = statementsFor("/timeline?from=1990&to=1990");

        assertThat(all).isEqualTo(one).isLessThanOrEqualTo(10);
        assertThat(none).isLessThanOrEqualTo(all);
    }

    @Test
    void aRepeatedTimelineReusesItsCountsAndFacetsFromTheImport() {
        assertThat(repeatedStatementsFor("/timeline")).isEqualTo(repeatedStatementsFor("/timeline?partner=microsoft"))
                .isLessThanOrEqualTo(5);
    }

    @Test
    void theShippedCorpusFitsOnePageAndOtherPagesAreRefusedNamingTheParameter() {
        HtmlPage first = get("/timeline?page=1");
        assertThat(status(first)).isEqualTo(200);
        assertThat(first.querySelectorAll("nav.pages")).isEmpty();
        assertThat(texts(first, "section.results article")).hasSameSizeAs(texts(get("/timeline"), "section.results article"));

        HtmlPage beyond = get("/timeline?page=2");
        assertThat(status(beyond)).isEqualTo(400);
        assertThat(text(beyond, ".error-message")).contains("Parameter page").contains("there is no page 2");

        HtmlPage zero = get("/timeline?partner=wasu&page=0");
        assertThat(status(zero)).isEqualTo(400);
        assertThat(text(zero, ".error-message")).contains("Parameter page");
    }

    private static List<String> reversed(List<String> values) {
        List<String> copy = new ArrayList<>(values);
        Collections.reverse(copy);
        return copy;
    }

    @Test
    void aBadParameterIsExplainedInTheVisitorsLanguageWithoutEchoingAnEssay() {
        HtmlPage chinese = getIn("zh-CN", "/timeline?from=abc");
        HtmlPage huge = get("/timeline?order=" + "x".repeat(5000));

        assertThat(status(chinese)).isEqualTo(400);
        assertThat(text(chinese, ".error-message")).isEqualTo("参数 from：“abc”不是年份；请写四位数字，例如 from=2015");
        assertThat(status(huge)).isEqualTo(400);
        assertThat(text(huge, ".error-message")).hasSizeLessThan(200);
    }

    private static List<PartialDate> dates(HtmlPage page) {
        return attributes(page, ".event .event-meta time", "datetime").stream().map(PartialDate::parse).toList();
    }
}
