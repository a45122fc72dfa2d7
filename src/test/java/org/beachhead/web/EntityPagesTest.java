package org.beachhead.web;

import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class EntityPagesTest extends PageTest {

    @Test
    void everyEventOnTheTimelineHasAPermalinkWithItsEvidenceAndHowItWasDated() {
        List<String> links = attributes(get("/timeline"), ".event-headline a", "href");

        assertThat(links).isNotEmpty().allSatisfy(link -> {
            HtmlPage page = get(link);
            assertThat(status(page)).as(link).isEqualTo(200);
            assertThat(page.querySelectorAll("#evidence ~ figure blockquote mark.quote, section blockquote mark.quote")).as(link).isNotEmpty();
            assertThat(text(page, ".dating")).as(link).containsAnyOf("publication date of the article", "stated in the text", "inferred from the text");
        });
    }

    @Test
    void anEventPageShowsEachExcerptWithItsSentenceAndTheArticle() {
        HtmlPage page = get("/events/" + firstEventSlugOf("/timeline?partner=iqiyi&kind=deal"));

        assertThat(page.querySelectorAll("figure.excerpt")).isNotEmpty();
        assertThat(texts(page, "figure.excerpt figcaption")).allSatisfy(caption -> assertThat(caption).contains("CGTN"));
        assertThat(texts(page, ".involves a")).contains("iQiyi");
    }

    @Test
    void thePartnersIndexListsThePartnersTheCorpusNamesWithTheirCounts() {
        HtmlPage page = get("/partners");

        assertThat(attributes(page, "tbody th a", "href")).contains("/partners/iqiyi", "/partners/letv", "/partners/wasu",
                "/partners/tencent", "/partners/alibaba", "/partners/viki", "/partners/ifa-media", "/partners/youku",
                "/partners/mango-tv", "/partners/microsoft");
        assertThat(text(page, "#partner-iqiyi")).contains("爱奇艺");
        int iqiyiEvents = Integer.parseInt(text(page, "#partner-iqiyi td:nth-of-type(2)"));
        assertThat(get("/timeline?partner=iqiyi").querySelectorAll(".event")).hasSize(iqiyiEvents);
    }

    @ParameterizedTest
    @ValueSource(strings = {"iqiyi", "letv", "wasu", "tencent", "alibaba", "viki", "ifa-media", "youku", "mango-tv", "microsoft"})
    void everyPartnerHasAPageWithItsEvents(String slug) {
        HtmlPage page = get("/partners/" + slug);

        assertThat(status(page)).isEqualTo(200);
        assertThat(page.querySelectorAll(".mini-timeline .event")).isNotEmpty();
        assertThat(page.querySelectorAll(".mini-timeline .event")).allSatisfy(event ->
                assertThat((Object) event.querySelector("a[href='/partners/" + slug + "']")).isNotNull());
    }

    @Test
    void aPartnerPageShowsWhoTheyAreTheirDealsFiguresAndPeople() {
        HtmlPage letv = get("/partners/letv");
        HtmlPage wasu = get("/partners/wasu");
        HtmlPage iqiyi = get("/partners/iqiyi");

        assertThat(letv.querySelectorAll("#about ~ figure.excerpt, section figure.excerpt")).isNotEmpty();
        assertThat(letv.querySelectorAll(".deal")).isNotEmpty();
        assertThat(texts(wasu, ".people li")).containsExactly("Jack Ma, Alibaba chief, backer of Wasu Media — 1 event");
        assertThat(letv.querySelectorAll(".people li")).isEmpty();
        assertThat(texts(wasu, ".deal .status")).contains("in talks");
        assertThat(texts(iqiyi, ".figures li")).anyMatch(figure -> figure.contains("500 million"));
    }

    @Test
    void dealsCanBeFilteredByPartnerStatusAndType() {
        HtmlPage all = get("/deals");
        HtmlPage letv = get("/deals?partner=letv");
        HtmlPage inTalks = get("/deals?status=in-talks");

        assertThat(all.querySelectorAll(".deal")).hasSizeGreaterThan(letv.querySelectorAll(".deal").size());
        assertThat(letv.querySelectorAll(".deal")).isNotEmpty().allSatisfy(deal ->
                assertThat((Object) deal.querySelector("a[href='/partners/letv']")).isNotNull());
        assertThat(texts(inTalks, ".deal .status")).isNotEmpty().containsOnly("in talks");
        assertThat(text(letv, "#deal-count")).startsWith(letv.querySelectorAll(".deal").size() + " deal");
    }

    @Test
    void aDealPageLinksToTheEventsAndExcerptsBehindIt() {
        String dealLink = attributes(get("/deals?partner=wasu&status=in-talks"), ".deal h3 a", "href").get(0);

        HtmlPage page = get(dealLink);

        assertThat(status(page)).isEqualTo(200);
        assertThat(page.querySelectorAll(".event blockquote mark.quote")).isNotEmpty();
    }

    @Test
    void titlesAndRegulatorsHaveTheirPages() {
        HtmlPage titles = get("/titles");
        HtmlPage regulators = get("/regulators");

        assertThat(attributes(titles, "tbody a", "href")).contains("/titles/bardo", "/titles/empresses-in-the-palace");
        assertThat(text(get("/titles/bardo"), "h1")).contains("Bardo");
        assertThat(get("/titles/empresses-in-the-palace").querySelectorAll(".event")).isNotEmpty();
        assertThat(attributes(regulators, ".entity-list a", "href")).contains("/regulators/sapprft", "/regulators/nrta");
        assertThat(text(regulators, ".rules")).containsIgnoringCase("whole season");
        assertThat(get("/regulators/sapprft").querySelectorAll(".event")).isNotEmpty();
    }

    @ParameterizedTest
    @CsvSource({
            "/partners/netflix, partner, netflix",
            "/events/no-such-event, event, no-such-event",
            "/deals/no-such-deal, deal, no-such-deal",
            "/titles/no-such-title, title, no-such-title",
            "/regulators/no-such-regulator, regulator, no-such-regulator",
            "/people/no-such-person, person, no-such-person"
    })
    void anUnknownSlugIsANotFoundPageThatSaysWhatWasNotFound(String path, String kind, String slug) {
        HtmlPage page = get(path);

        assertThat(status(page)).isEqualTo(404);
        assertThat(text(page, ".error-message")).isEqualTo("There is no " + kind + " with the slug " + slug + " in the corpus.");
    }

    @Test
    void anUnknownPathIsANotFoundPage() {
        HtmlPage page = get("/no/such/page");

        assertThat(status(page)).isEqualTo(404);
        assertThat(text(page, ".error-message")).contains("/no/such/page");
    }

    @Test
    void entityPagesIssueAFixedNumberOfSqlStatements() {
        assertThat(statementsFor("/partners/iqiyi")).isEqualTo(statementsFor("/partners/microsoft"));
        assertThat(statementsFor("/deals")).isEqualTo(statementsFor("/deals?partner=microsoft"));
        assertThat(statementsFor("/partners")).isLessThanOrEqualTo(2);
    }

    private String firstEventSlugOf(String timelineUrl) {
        return attributes(get(timelineUrl), ".event", "id").get(0).substring("event-".length());
    }
}
