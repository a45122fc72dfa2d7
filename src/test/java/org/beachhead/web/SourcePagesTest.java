package org.beachhead.web;

import jakarta.persistence.EntityManager;
import org.htmlunit.html.DomNode;
import org.htmlunit.html.HtmlElement;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class SourcePagesTest extends PageTest {

    private static final String CGTN = "cgtn-2017-netflix-first-chinese-original";

    @Test
    void listsTheFiveArticlesOldestFirstWithAsManyCitingEventsAsTheEventPagesShow() {
        HtmlPage page = get("/sources");

        assertThat(status(page)).isEqualTo(200);
        assertThat(attributes(page, ".source-card", "id")).containsExactly("source-blog-2015-netflix-letv-talks",
                "source-netflix-wasu-talks-2015", "source-resonate-2016-netflix-more-asian-content",
                "source-" + CGTN, "source-essay-netflix-absence-from-mainland-china");
        Map<String, Integer> shown = new TreeMap<>();
        page.querySelectorAll(".source-card").forEach(card -> shown.put(
                ((HtmlElement) card).getId().substring("source-".length()),
                Integer.parseInt(card.querySelector(".event-count").getTextContent().strip())));
        assertThat(shown).isEqualTo(eventsCitingEachArticle());
        assertThat(text(page, "#source-essay-netflix-absence-from-mainland-china .byline"))
                .contains("untitled in the source; description supplied", "publisher not stated", "c. 2023", "inferred from the text");
        assertThat(text(page, "#source-" + CGTN + " .byline")).contains("CGTN", "12 Aug 2017", "stated in the text")
                .doesNotContain("untitled");
        assertThat(text(page, "#source-" + CGTN + " .dating-note")).contains("CGTN Published: 2017-08-12 11:10:50");
    }

    @ParameterizedTest
    @ValueSource(strings = {CGTN, "essay-netflix-absence-from-mainland-china", "blog-2015-netflix-letv-talks",
            "resonate-2016-netflix-more-asian-content", "netflix-wasu-talks-2015"})
    void everyArticleHasAReaderWithOneAnchoredMarkPerDistinctExcerpt(String slug) {
        HtmlPage page = get("/sources/" + slug);

        assertThat(status(page)).isEqualTo(200);
        List<String> anchors = attributes(page, "mark[id]", "id");
        assertThat(anchors).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(distinctExcerptAnchors(slug));
        assertThat(page.querySelectorAll("ol.passages > li")).hasSameSizeAs(anchors);
        assertThat(attributes(page, ".breadcrumb a", "href")).contains("/sources");
        assertThat(text(page, ".capture")).contains(".txt").containsPattern("[0-9a-f]{64}");
    }

    @Test
    void everyReadItInTheSourceLinkLandsOnItsQuoteMarkedInTheText() {
        Map<String, HtmlPage> sources = new HashMap<>();
        List<String> pages = new ArrayList<>(attributes(get("/timeline"), ".event-headline a", "href"));
        pages.addAll(attributes(get("/partners"), "tbody th a", "href"));
        int followed = 0;
        for (String link : pages) {
            for (DomNode figure : get(link).querySelectorAll("figure.excerpt")) {
                String quote = squash(figure.querySelector("mark.quote").getTextContent());
                String[] target = ((HtmlElement) figure.querySelector("a.source-link")).getAttribute("href").split("#");
                HtmlPage source = sources.computeIfAbsent(target[0], this::get);

                HtmlElement anchor = source.getHtmlElementById(target[1]);
                String marked = source.querySelectorAll("mark[data-excerpt='" + target[1] + "']").stream()
                        .map(DomNode::getTextContent).collect(Collectors.joining());
                assertThat(anchor.getTagName()).as(link + " → " + target[1]).isEqualTo("mark");
                assertThat(quote).as(link + " → " + target[1]).startsWith(squash(anchor.getTextContent()));
                assertThat(squash(marked)).as(link + " → " + target[1]).isEqualTo(quote);
                followed++;
            }
        }
        assertThat(followed).isGreaterThan(50);
    }

    @Test
    void pageChromeIsFoldedAwayAndNeverPartOfTheStory() {
        HtmlPage page = get("/sources/" + CGTN);

        assertThat(page.querySelectorAll(".article-text details, .article-text .chrome")).as("nothing interrupts the story").isEmpty();
        assertThat(texts(page, "details.chrome .chrome-piece")).hasSize(3).anyMatch(chrome -> chrome.contains("Most Popular"))
                .anyMatch(chrome -> chrome.contains("The previous collaboration between iQiyi and Netflix. [Photo:]"));
        assertThat(text(page, "details.chrome summary")).startsWith("Page chrome captured with the article (not part of the story): 3 pieces");
        assertThat(page.querySelectorAll("details.chrome")).noneMatch(chrome -> ((HtmlElement) chrome).hasAttribute("open"));
        assertThat(attributes(page, ".article-text a.chrome-mark", "href")).containsExactly("#chrome-1", "#chrome-2", "#chrome-3");
        assertThat(texts(page, ".article-text p")).isNotEmpty()
                .noneMatch(story -> story.contains("Most Popular") || story.contains("[Photo:]"))
                .anyMatch(story -> story.contains("Netflix, the US streaming and entertainment platform"));
    }

    @Test
    void aSentenceThatChromeCutsGoesOnInTheSameParagraph() {
        HtmlPage page = get("/sources/blog-2015-netflix-letv-talks");

        assertThat(texts(page, ".article-text p")).anyMatch(paragraph -> paragraph.matches(
                "(?s).*Netflix has made no specific comment on a partnership.{0,40} but.{0,5}⋯.*Deadline understands.*"));
    }

    @ParameterizedTest
    @ValueSource(strings = {CGTN, "essay-netflix-absence-from-mainland-china", "blog-2015-netflix-letv-talks",
            "resonate-2016-netflix-more-asian-content", "netflix-wasu-talks-2015"})
    void passagesAreNumberedInReadingOrder(String slug) {
        HtmlPage page = get("/sources/" + slug);

        List<Integer> inText = texts(page, ".article-text .passage-ref a > span:first-child").stream().map(Integer::valueOf).toList();
        assertThat(inText).isNotEmpty().isSorted().doesNotHaveDuplicates();
        assertThat(inText.get(0)).isEqualTo(1);
    }

    @Test
    void aSuppliedHeadlineAndAnUnstatedPublisherAreSaidSo() {
        HtmlPage page = get("/sources/essay-netflix-absence-from-mainland-china");

        assertThat(text(page, ".byline")).contains("untitled in the source; description supplied", "publisher not stated");
    }

    @Test
    void theReaderSpeaksChineseButTheArticleStaysAsPublished() {
        HtmlPage page = get("/sources/" + CGTN + "?lang=zh-CN");

        assertThat(page.getDocumentElement().getAttribute("lang")).isEqualTo("zh-CN");
        assertThat(texts(page, "details.chrome summary")).allMatch(summary -> summary.contains("不属于报道内容"));
        assertThat(text(page, ".article-text")).contains("Netflix, the US streaming and entertainment platform");
        assertThat(attributes(page, ".article-text", "lang")).containsExactly("en");
    }

    @Test
    void anUnknownSlugIsANotFoundPage() {
        HtmlPage page = get("/sources/no-such-source");

        assertThat(status(page)).isEqualTo(404);
        assertThat(text(page, ".error-message")).isEqualTo("There is no source with the slug no-such-source in the corpus.");
    }

    @Test
    void theReaderIssuesAFixedNumberOfSqlStatements() {
        Map<String, Long> excerpts = excerptsPerArticle();
        String most = excerpts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        String fewest = excerpts.entrySet().stream().min(Map.Entry.comparingByValue()).orElseThrow().getKey();
        assertThat(excerpts.get(most)).isGreaterThan(excerpts.get(fewest));

        assertThat(statementsFor("/sources/" + most)).isEqualTo(statementsFor("/sources/" + fewest));
    }

    /** Per article, the events whose page cites it as evidence: what a reader of the timeline's events sees. */
    private Map<String, Integer> eventsCitingEachArticle() {
        Map<String, Set<String>> events = new TreeMap<>();
        for (String link : attributes(get("/timeline"), ".event-headline a", "href")) {
            attributes(get(link), "section[aria-labelledby='evidence'] a.source-link", "href").forEach(source ->
                    events.computeIfAbsent(source.substring("/sources/".length(), source.indexOf('#')),
                            slug -> new TreeSet<>()).add(link));
        }
        return events.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, entry -> entry.getValue().size()));
    }

    private List<String> distinctExcerptAnchors(String articleSlug) {
        return inDatabase(entityManager -> entityManager.createQuery(
                        "select distinct x.span.start, x.span.end from Excerpt x where x.article.slug = :slug", Object[].class)
                .setParameter("slug", articleSlug).getResultList().stream()
                .map(row -> "excerpt-" + row[0] + "-" + row[1]).toList());
    }

    private Map<String, Long> excerptsPerArticle() {
        return inDatabase(entityManager -> entityManager.createQuery(
                        "select a.slug, count(x) from Excerpt x join x.article a group by a.slug", Object[].class)
                .getResultList().stream().collect(Collectors.toMap(row -> (String) row[0], row -> (Long) row[1])));
    }

    private <T> T inDatabase(Function<EntityManager, T> query) {
        try (EntityManager entityManager = entityManagerFactory.createEntityManager()) {
            return query.apply(entityManager);
        }
    }

    private static String squash(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}
