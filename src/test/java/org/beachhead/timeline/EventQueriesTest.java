package org.beachhead.timeline;

import org.beachhead.model.EventKind;
import org.beachhead.common.DateBasis;
import org.beachhead.common.PageWindow;
import org.beachhead.corpus.CorpusImporter;
import org.beachhead.deal.DealQueries;
import org.beachhead.source.ExcerptView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@DataJpaTest(showSql = false)
@Import({CorpusImporter.class, EventQueries.class, CorpusCounts.class, EventCards.class, EventLinkIndex.class, DealQueries.class})
class EventQueriesTest {

    @Autowired
    CorpusImporter importer;

    @Autowired
    EventQueries queries;

    @Autowired
    EventCards cards;

    @BeforeEach
    void loadFixture() {
        importer.importCorpus(Path.of("src/test/resources/corpus/valid"), "curation.yaml");
    }

    @Test
    void ordersOldestFirstWithAYearOnlyDateBeforeThatYearsMonths() {
        assertThat(slugs(TimelineFilter.NONE))
                .containsExactly("beta-talks-begin", "beta-mid-2015", "alpha-deal-signed", "season-rule", "members-figure");
    }

    @Test
    void newestFirstIsTheExactReverse() {
        assertThat(slugs(TimelineFilter.NONE.withNewestFirst(true)))
                .containsExactly("members-figure", "season-rule", "alpha-deal-signed", "beta-mid-2015", "beta-talks-begin");
    }

    @Test
    void filtersByAnyOfSeveralPartnersByKindAndByYears() {
        assertThat(slugs(new TimelineFilter(List.of("alpha"), List.of(), null, null, false)))
                .containsExactly("beta-mid-2015", "alpha-deal-signed");
        assertThat(slugs(new TimelineFilter(List.of("alpha", "beta"), List.of(), null, null, false)))
                .containsExactly("beta-talks-begin", "beta-mid-2015", "alpha-deal-signed");
        assertThat(slugs(new TimelineFilter(List.of(), List.of(EventKind.REGULATION, EventKind.MARKET_FIGURE), null, null, false)))
                .containsExactly("season-rule", "members-figure");
        assertThat(slugs(new TimelineFilter(List.of(), List.of(), 2016, 2016, false)))
                .containsExactly("alpha-deal-signed", "season-rule");
        assertThat(slugs(new TimelineFilter(List.of("beta"), List.of(EventKind.DEAL), null, null, false))).isEmpty();
    }

    @Test
    void countsEventsPerPartnerIgnoringThePartnerChoiceButNotTheOtherFilters() {
        TimelineFilter alphaIn2015 = new TimelineFilter(List.of("alpha"), List.of(), 2015, 2015, false);

        assertThat(partnerCounts(queries.facets(alphaIn2015))).containsExactly(
                org.assertj.core.api.Assertions.entry("alpha", 1L), org.assertj.core.api.Assertions.entry("beta", 2L));
        assertThat(partnerCounts(queries.facets(TimelineFilter.NONE))).containsEntry("alpha", 2L).containsEntry("beta", 2L);
    }

    @Test
    void countsKindsIgnoringTheKindChoiceAndSoKnowsHowManyEventsMatch() {
        TimelineFilter alphaDeals = new TimelineFilter(List.of("alpha"), List.of(EventKind.DEAL), null, null, false);

        EventQueries.Facets facets = queries.facets(alphaDeals);

        assertThat(facets.kinds()).containsOnly(org.assertj.core.api.Assertions.entry(EventKind.DEAL, 1L),
                org.assertj.core.api.Assertions.entry(EventKind.STATEMENT, 1L));
        assertThat(facets.matching(alphaDeals)).isEqualTo(queries.countMatching(alphaDeals)).isEqualTo(1);
        assertThat(queries.facets(TimelineFilter.NONE).matching(TimelineFilter.NONE)).isEqualTo(5);
    }

    private static java.util.Map<String, Long> partnerCounts(EventQueries.Facets facets) {
        java.util.Map<String, Long> counts = new java.util.LinkedHashMap<>();
        facets.partners().forEach(count -> counts.put(count.slug(), count.events()));
        return counts;
    }

    @Test
    void cardsCarryTheirLinksAndExcerptsInOrder() {
        EventCard card = cards.ofDeal("alpha-licensing", PageWindow.whole(EventCards.PAGE_SIZE)).get(0);

        assertThat(card.slug()).isEqualTo("alpha-deal-signed");
        assertThat(card.date().display()).isEqualTo("20 May 2016");
        assertThat(card.deal().slug()).isEqualTo("alpha-licensing");
        assertThat(card.partners()).extracting("slug").containsExactly("alpha");
        assertThat(card.titles()).extracting("slug").containsExactly("the-show");
        assertThat(card.people()).extracting("name").containsExactly("Ann Spokesperson");
        assertThat(card.excerpts()).extracting(ExcerptView::exact).containsExactly(
                "Alpha Corp, a video platform in Beijing, signed a licensing deal with Netflix on Friday.",
                "\u201CWe\u2019re delighted to bring these shows to China.\u201D", "Ann Spokesperson said:");
        assertThat(card.excerpts().get(0).publisher()).isEqualTo("Wire");
    }

    @Test
    void aPageIsASliceOfTheWholeOrderAndTheCountIsTheWholeSize() {
        TimelineFilter newest = TimelineFilter.NONE.withNewestFirst(true);
        List<String> all = slugs(newest);

        assertThat(slugs(cards.matching(newest, PageRequest.of(0, 2)))).containsExactlyElementsOf(all.subList(0, 2));
        assertThat(slugs(cards.matching(newest, PageRequest.of(1, 2)))).containsExactlyElementsOf(all.subList(2, 4));
        assertThat(slugs(cards.matching(newest, PageRequest.of(2, 2)))).containsExactlyElementsOf(all.subList(4, 5));
        assertThat(cards.matching(newest, PageRequest.of(3, 2))).isEmpty();
        assertThat(queries.countMatching(newest)).isEqualTo(5);
        assertThat(queries.countMatching(new TimelineFilter(List.of("alpha", "beta"), List.of(), null, null, false))).isEqualTo(3);
    }

    @Test
    void cardsSayHowTheirDateWasEstablished() {
        EventCard card = cards.ofDeal("alpha-licensing", PageWindow.whole(EventCards.PAGE_SIZE)).get(0);

        assertThat(card.datedBy()).isEqualTo(DateBasis.INFERRED);
        assertThat(card.dateNote().en()).startsWith("Published Friday 20 May 2016");
    }

    @Test
    void excerptsCarryTheTextAroundThemForAQuoteSelector() throws IOException {
        String article = Files.readString(Path.of("src/test/resources/corpus/valid/alpha.txt"));
        ExcerptView excerpt = cards.ofDeal("alpha-licensing", PageWindow.whole(EventCards.PAGE_SIZE)).get(0).excerpts().get(0);

        assertThat(excerpt.prefix() + excerpt.suffix()).isNotEmpty();
        assertThat(article.substring(excerpt.start() - excerpt.prefix().length(), excerpt.end() + excerpt.suffix().length()))
                .isEqualTo(excerpt.prefix() + excerpt.exact() + excerpt.suffix());
    }

    private List<String> slugs(TimelineFilter filter) {
        return slugs(cards.matching(filter));
    }

    private static List<String> slugs(List<EventCard> cards) {
        return cards.stream().map(EventCard::slug).toList();
    }
}
