package org.beachhead.web;

import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The twelve defects of the claim pass (issue 12), each as a reader meets it on the shipped corpus:
 * whose claim, how sure, which role, as of when, and the claims that disagree set side by side.
 */
class ClaimsTest extends PageTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void bardoIsDatedOnlyAsTheTextAllowsAndItsTwoSentencesAreOneRelease() {
        HtmlPage page = get("/events/bardo-partnership-announced");

        assertThat(text(page, ".event-meta")).contains("c. Aug 2017").doesNotContain("11 Aug 2017");
        assertThat(text(page, ".dating")).contains("a Friday on or before 12 August 2017");
        assertThat(json("/api/v1/events/bardo-ifa-media-sam-quah").get("date").get("value").asString())
                .isEqualTo(json("/api/v1/events/bardo-partnership-announced").get("date").get("value").asString())
                .isEqualTo("2017-08");
    }

    @Test
    void theIqiyiPartnershipIsCgtnsClaimSetBesideTheIfaMediaSentence() {
        HtmlPage page = get("/events/bardo-partnership-announced");

        assertThat(text(page, "h1")).startsWith("CGTN reports that");
        assertThat(text(page, ".event-page > .claim")).contains("Reporting by").contains("CGTN").contains("reported");
        assertThat(text(page, ".linked-claims")).contains("This claim").contains("It contradicts")
                .contains("IFA Media and Taiwan-based director Sam Quah");
        assertThat(text(get("/events/bardo-ifa-media-sam-quah"), ".linked-claims")).contains("Contradicted by")
                .contains("a partnership with iQiyi");
    }

    @Test
    void leTvIsOnlyMentionedInTheEmpressesAcquisitionAndIsNotItsParty() {
        assertThat(attributes(get("/deals?partner=letv"), ".deal h3 a", "href"))
                .doesNotContain("/deals/empresses-in-the-palace-acquisition").contains("/deals/letv-netflix-collaboration");
        HtmlPage event = get("/events/empresses-in-the-palace-acquired");
        assertThat(texts(event, ".involves li")).contains("mentioned LeTV").doesNotContain("partner LeTV");
        assertThat(text(event, ".event-page > .claim")).contains("Relayed report:").contains("Deadline");
        JsonNode deal = json("/api/v1/deals/empresses-in-the-palace-acquisition");
        assertThat(deal.get("partners")).isEmpty();
        assertThat(deal.get("roles").get(0).get("partner").get("slug").asString()).isEqualTo("letv");
        assertThat(deal.get("roles").get(0).get("role").asString()).isEqualTo("mentioned");
    }

    @Test
    void alibabaBacksWasuAndIsNoPartyToTheNetflixTalks() {
        assertThat(attributes(get("/deals?partner=alibaba"), ".deal h3 a", "href"))
                .doesNotContain("/deals/wasu-netflix-partnership");
        assertThat(texts(get("/map"), ".edges title")).noneMatch(title -> title.startsWith("Netflix — Alibaba"))
                .anyMatch(title -> title.startsWith("Netflix — Wasu Media"));
        HtmlPage deal = get("/deals/wasu-netflix-partnership");
        assertThat(text(deal, ".deal-parties")).contains("Wasu Media").contains("backer Alibaba");
    }

    @Test
    void theLongSeasonIsTheEssaysExpectationNotAnAnnouncedDeal() {
        assertThat(request("/deals/tencent-long-season").statusCode()).isEqualTo(404);
        HtmlPage event = get("/events/the-long-season-on-netflix");
        assertThat(text(event, ".event-page > .claim")).contains("plan or forecast");
        assertThat(texts(event, ".involves li")).contains("backer Tencent");
        assertThat(text(event, "h1")).startsWith("The essay says");
    }

    @Test
    void isNetflixInChinaSetsTheEvidenceOfBothSidesSideBySideOneClickFromTheTimeline() {
        HtmlPage timeline = get("/timeline");
        assertThat(attributes(timeline, "header nav a", "href")).contains("/questions");

        HtmlPage question = get("/questions/is-netflix-in-china");
        assertThat(text(question, "h1")).isEqualTo("Is Netflix in China?");
        List<String> sides = texts(question, ".side-by-side > .side");
        assertThat(sides).hasSize(2);
        assertThat(sides.get(0)).contains("has finally stepped into the Chinese market");
        assertThat(sides.get(1)).contains("We’d love to have a direct relationship with China")
                .contains("might prevent it from conducting its service in China")
                .contains("it is still unavailable in China").contains("only five countries do not offer Netflix services");
        assertThat(texts(get("/questions"), ".question-list h2 a")).contains("Is Netflix in China?",
                "Who is Netflix's partner on Bardo?");
    }

    @Test
    void sarandossChangeOfStanceLeadsHisPageOldestFirst() {
        HtmlPage page = get("/people/ted-sarandos");

        List<String> stance = texts(page, ".stance-list > li");
        assertThat(stance).hasSize(2);
        assertThat(stance.get(0)).contains("without a local partner");
        assertThat(stance.get(1)).contains("doesn’t intend to go to China without a partner");
        Object firstSection = page.querySelectorAll("main > section").get(0);
        assertThat(firstSection).as("the stance comes before the full list of events").isSameAs(page.querySelector(".stance"));
        HtmlPage may = get("/events/sarandos-will-not-enter-china-without-partner");
        assertThat(texts(may, "section[aria-labelledby=evidence] mark.quote").get(0)).contains("qualified these remarks");
        assertThat(text(may, ".linked-claims")).contains("It revises the same speaker's earlier claim");
    }

    @Test
    void theCensorshipRuleNamesNoIssuerTheArticleDoesNotName() {
        HtmlPage regulators = get("/regulators");

        assertThat(text(regulators, "dt#rule-whole-season-approval + dd")).doesNotContain("Issued by");
        assertThat(text(regulators, "dt#rule-internet-tv-licences + dd")).contains("Issued by");
    }

    @Test
    void theTimelineFiltersByHowSureAClaimIsAndCountsEachCertainty() {
        HtmlPage all = get("/timeline");
        assertThat(texts(all, "#certainty-facets label")).contains("stated as fact", "unnamed sources", "plan or forecast",
                "opinion");

        HtmlPage opinions = get("/timeline?certainty=opinion");
        List<String> shown = texts(opinions, ".event .claim .certainty");
        assertThat(shown).isNotEmpty().allMatch("opinion"::equals);
        assertThat(attributes(opinions, ".event", "id")).contains("event-regulatory-barrier-worry")
                .doesNotContain("event-bardo-partnership-announced");
        assertThat(text(all, "#certainty-facets a[href='/timeline?certainty=opinion'] > span:first-child")).isEqualTo(String.valueOf(shown.size()));
        assertThat(json("/api/v1/events?certainty=unnamed-sources").get("items")).allSatisfy(event ->
                assertThat(event.get("claim").get("certainty").asString()).isEqualTo("unnamed-sources"));
        assertThat(request("/timeline?certainty=rumour").statusCode()).isEqualTo(400);
    }

    @ParameterizedTest
    @CsvSource({
            "foreign-media-ownership-ban-blocks-netflix, The essay argues that",
            "chinese-viewers-subtitle-teams-piracy-vpn, The essay says",
            "nrta-ideological-constraints, The essay argues that"})
    void theEssaysOpinionsReadAsOpinions(String slug, String opening) {
        HtmlPage page = get("/events/" + slug);

        assertThat(text(page, "h1")).startsWith(opening);
        assertThat(text(page, ".event-page > .claim")).contains("Opinion or analysis by").contains("opinion");
    }

    @Test
    void aDealStatusReadsAsOfItsLatestReport() {
        HtmlPage deals = get("/deals");

        assertThat(text(deals, "#deal-wasu-netflix-partnership .deal-facts")).contains("in talks, as of c. May 2015");
        assertThat(text(deals, "#deal-letv-netflix-collaboration .deal-facts")).contains("as of c. Mar 2015");
        assertThat(json("/api/v1/deals/wasu-netflix-partnership").get("statusAsOf").get("display").asString())
                .isEqualTo("c. May 2015");
        assertThat(texts(get("/map"), ".picture-text tr")).anyMatch(row -> row.contains("Wasu Media")
                && row.contains("in talks, as of c. May 2015"));
        assertThat(texts(get("/timeline/chart"), "#chart-deals li")).anyMatch(deal -> deal.contains("in talks, as of c. May 2015"));
    }

    @ParameterizedTest
    @CsvSource({
            "hastings-asia-expansion, reported c. Aug 2016",
            "bardo-worldwide-availability, reported 12 Aug 2017"})
    void aDateThatIsTheReportsSaysSo(String slug, String shown) {
        assertThat(text(get("/events/" + slug), ".event-meta")).contains(shown);
        assertThat(json("/api/v1/events/" + slug).get("claim").get("reported").get("display").asString())
                .isEqualTo(shown.substring("reported ".length()));
    }

    @Test
    void peopleWhoAreOnlyNamedAreNotPresentedAsQuoted() {
        HtmlPage people = get("/people");

        assertThat(text(people, "#person-jack-ma")).contains("named, never quoted");
        assertThat(text(people, "#person-bong-joon-ho")).contains("named, never quoted");
        assertThat(text(people, "#person-ted-sarandos")).contains("quoted in 2 events");
        assertThat(json("/api/v1/people/jack-ma").get("quotedCount").asLong()).isZero();
    }

    @Test
    void theDownloadsAndTheFeedCarryTheClaim() {
        String csv = new String(request("/timeline.csv").body(), StandardCharsets.UTF_8);
        assertThat(csv.lines().findFirst().orElseThrow()).contains("reported", "attribution", "speaker", "relayedFrom",
                "certainty", "roles", "linkedClaims");
        assertThat(csv).contains("contradicts: bardo-ifa-media-sam-quah").contains("alibaba: backer");
        String feed = new String(request("/feed.atom").body(), StandardCharsets.UTF_8);
        assertThat(feed).contains("Claim: a relayed report").contains("scheme=\"" + SITE + "/certainty\"");
        List<String> relations = new ArrayList<>();
        json("/api/v1/events/sarandos-will-not-enter-china-without-partner").get("linkedClaims")
                .forEach(link -> relations.add(link.get("relation").asString() + " " + link.get("event").get("slug").asString()));
        assertThat(relations).containsExactly("revises sarandos-china-without-local-partner");
    }

    private JsonNode json(String path) {
        return JSON.readTree(fetch(path).getContentAsString(StandardCharsets.UTF_8));
    }
}
