package org.beachhead.web;

import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The compact timeline ({@code /timeline?view=compact}) and the story mode ({@code /story}), read
 * without scripts: one line per event, the year index and its gaps, the curated key events, and a
 * story that steps through them with links alone.
 */
class CompactAndStoryTest extends PageTest {

    /** The key events seeds/curation.yaml marks, in the timeline's order. */
    private static final List<String> KEY_EVENTS = List.of("empresses-in-the-palace-acquired", "netflix-letv-execs-meet",
            "sarandos-china-without-local-partner", "netflix-wasu-talks", "sarandos-will-not-enter-china-without-partner",
            "netflix-asia-launches-not-china", "bardo-partnership-announced", "robert-roy-direct-relationship",
            "foreign-media-ownership-ban-blocks-netflix");

    @Test
    void theCompactViewShowsOneLinePerEventWithDateKindHeadlineAndPartners() {
        HtmlPage cards = get("/timeline");
        HtmlPage compact = get("/timeline?view=compact");

        assertThat(status(compact)).isEqualTo(200);
        assertThat(attributes(compact, ".line", "id")).hasSize(cards.querySelectorAll("article.event").size())
                .containsExactlyElementsOf(attributes(cards, "article.event", "id").stream().map(id -> id.replace("event-", "line-")).toList());
        assertThat(compact.querySelectorAll("blockquote")).as("no excerpts: one line each").isEmpty();
        assertThat(text(compact, "#line-netflix-wasu-talks")).contains("c. May 2015", "talks", "Netflix is talking", "Wasu Media");
        assertThat(text(cards, ".result-bar")).contains("See it at a glance");
        assertThat(attributes(cards, ".compact-link", "href")).containsExactly("/timeline?view=compact");
    }

    @Test
    void theCompactViewHasTheTimelinesFiltersAndTheirLinksStayCompact() {
        HtmlPage compact = get("/timeline?partner=letv&kind=talks&view=compact");

        assertThat(texts(compact, "#partner-facets label")).contains("LeTV", "Wasu Media");
        assertThat(attributes(compact, "#partner-facets input:checked", "value")).containsExactly("letv");
        assertThat(attributes(compact, ".filter-form input[type=hidden]", "name")).containsExactly("view");
        assertThat(attributes(compact, "#partner-facets a.facet-count, #kind-facets a.facet-count, .active-filters a", "href"))
                .isNotEmpty().allSatisfy(href -> assertThat(href).startsWith("/timeline").endsWith("view=compact"));
        assertThat(attributes(compact, ".active-filters a.clear-all", "href")).containsExactly("/timeline?view=compact");
        assertThat(attributes(get("/timeline?partner=letv"), ".filter-form input[type=hidden]", "name")).as("the cards' form").isEmpty();
        assertThat(attributes(get("/timeline?partner=letv"), ".active-filters a.clear-all", "href")).containsExactly("/timeline");
    }

    @Test
    void theYearIndexCountsEachYearAndTheGapsAreMarked() {
        HtmlPage compact = get("/timeline?view=compact");

        List<String> index = texts(compact, ".year-index li");
        assertThat(index).contains("2015 (18)", "2017 (7)", "nothing reported 2018–2022", "2023 (8)");
        assertThat(index.indexOf("nothing reported 2018–2022")).isEqualTo(index.indexOf("2017 (7)") + 1);
        assertThat(texts(compact, ".results > .gap")).containsExactly("nothing reported 2018–2022");
        assertThat(attributes(compact, ".year-index a", "href")).first().isEqualTo("#year-2013");
        int lines = compact.querySelectorAll(".line").size();
        assertThat(texts(compact, ".year-index .year-count").stream().mapToInt(count -> Integer.parseInt(count.replaceAll("\\D", ""))).sum())
                .isEqualTo(lines);
    }

    @Test
    void theCuratedKeyEventsAreMarkedAndTheFirstSaysStartHere() {
        HtmlPage compact = get("/timeline?view=compact");

        assertThat(attributes(compact, ".line.key-event", "id")).containsExactlyElementsOf(KEY_EVENTS.stream().map(slug -> "line-" + slug).toList());
        assertThat(compact.querySelectorAll(".line .start-here")).hasSize(1);
        assertThat(attributes(compact, ".line .start-here", "href")).containsExactly("/story/" + KEY_EVENTS.get(0));
        assertThat(text(compact, "#line-" + KEY_EVENTS.get(0))).contains("c. Mar 2015", "acquisition", "Start here");
    }

    @Test
    void theCompactViewKeepsTheFilterAndRefusesAnUnknownView() {
        HtmlPage wasu = get("/timeline?partner=wasu&view=compact");

        assertThat(texts(wasu, ".line-partners")).isNotEmpty().allSatisfy(partners -> assertThat(partners).contains("Wasu Media"));
        assertThat(texts(wasu, ".active-filters li").get(0)).contains("Wasu Media");
        HtmlPage bad = get("/timeline?view=poster");
        assertThat(status(bad)).isEqualTo(400);
        assertThat(bad.asNormalizedText()).contains("view", "'poster' is not a view");
    }

    @Test
    void theStoryStepsThroughTheKeyEventsEachAtItsOwnAddressWithItsExcerptAndSource() {
        HtmlPage first = get("/story");

        assertThat(status(first)).isEqualTo(200);
        assertThat(attributes(first, ".story-steps a[aria-current=step]", "href")).containsExactly("/story/" + KEY_EVENTS.get(0));
        assertThat(text(first, ".story-step")).isEqualTo("Step 1 of " + KEY_EVENTS.size());
        assertThat((Object) first.querySelector(".story-nav a[rel=prev]")).isNull();
        assertThat(attributes(first, ".story-nav a[rel=next]", "href")).containsExactly("/story/" + KEY_EVENTS.get(1));
        assertThat(first.querySelectorAll(".story-event figure.excerpt mark.quote")).hasSize(1);
        assertThat(attributes(first, ".story-event a.source-link", "href")).singleElement().asString()
                .startsWith("/sources/blog-2015-netflix-letv-talks#excerpt-");
        assertThat(attributes(first, "script", "src")).contains("/js/story.js");

        HtmlPage last = get("/story/" + KEY_EVENTS.get(KEY_EVENTS.size() - 1));
        assertThat(text(last, ".story-step")).isEqualTo("Step " + KEY_EVENTS.size() + " of " + KEY_EVENTS.size());
        assertThat((Object) last.querySelector(".story-nav a[rel=next]")).isNull();
        assertThat(texts(last, ".story-steps li")).hasSize(KEY_EVENTS.size());
        assertThat(attributes(last, ".story-steps a[aria-current=step]", "href")).containsExactly("/story/" + KEY_EVENTS.get(KEY_EVENTS.size() - 1));
    }

    @Test
    void anEventThatIsNotAKeyEventIsNoStep() {
        HtmlPage page = get("/story/wasu-alibaba-set-top-boxes");

        assertThat(status(page)).isEqualTo(404);
        assertThat(page.asNormalizedText()).contains("key event", "wasu-alibaba-set-top-boxes");
    }

    @Test
    void inChineseTheLabelsAreChinese() {
        HtmlPage compact = get("/timeline?view=compact&lang=zh-CN");
        HtmlPage story = get("/story/" + KEY_EVENTS.get(0) + "?lang=zh-CN");

        assertThat(text(compact, "main h1")).isEqualTo("时间线一览");
        assertThat(texts(compact, ".year-index .gap")).containsExactly("2018–2022 年间没有报道");
        assertThat(text(compact, ".line .start-here")).isEqualTo("从这里开始");
        assertThat(text(story, ".story-step")).isEqualTo("第 1 步，共 " + KEY_EVENTS.size() + " 步");
        assertThat(text(story, ".story-nav")).contains("下一步");
    }

    @Test
    void bothViewsKeepToTheStatementBudget() {
        assertThat(statementsFor("/timeline?view=compact")).isLessThanOrEqualTo(10);
        assertThat(statementsFor("/story/" + KEY_EVENTS.get(3))).isLessThanOrEqualTo(10);
    }
}
