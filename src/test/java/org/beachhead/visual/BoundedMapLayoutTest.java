package org.beachhead.visual;

import org.beachhead.common.EntityRef;
import org.beachhead.model.DealStatus;
import org.beachhead.visual.MapQueries.PairCount;
import org.beachhead.visual.MapQueries.RegulatorLink;
import org.beachhead.visual.MapQueries.TitleLink;
import org.beachhead.visual.RelationshipMap.Edge;
import org.beachhead.visual.RelationshipMap.EdgeKind;
import org.beachhead.visual.RelationshipMap.NodeKind;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The map of a large corpus: 200 generated partners whose deals are counted per pair and status the
 * way {@link MapQueries#dealPairs} counts them in the database, then laid out bounded.
 */
class BoundedMapLayoutTest {

    private static final int PARTNERS = 200;

    /** p000 … p199, named so that name order is slug order. */
    private static final List<EntityRef> ALL = IntStream.range(0, PARTNERS)
            .mapToObj(i -> new EntityRef(slug(i), "Partner " + slug(i))).toList();

    /**
     * With Netflix, partner i has 200 − i signed deals and one in talks; each even partner also has
     * one announced deal with the next: so the fewer deals, the higher the number (20,300 deals in all).
     */
    private static final List<PairCount> PAIRS = generatedPairs();

    @Test
    void aLargeCorpusDrawsTheBoundOfPartnersThoseWithTheMostDeals() {
        List<EntityRef> drawn = MapLayout.busiestPartners(ALL, PAIRS, List.of());

        assertThat(drawn).hasSize(MapLayout.MAX_PARTNERS)
                .extracting(EntityRef::slug).containsExactlyElementsOf(IntStream.range(0, MapLayout.MAX_PARTNERS).mapToObj(BoundedMapLayoutTest::slug).toList());
    }

    @Test
    void selectedPartnersAndThoseTheyDealtWithAreDrawnEvenWithFewDeals() {
        List<EntityRef> drawn = MapLayout.busiestPartners(ALL, PAIRS, List.of("p199", "p150"));

        assertThat(drawn).hasSize(MapLayout.MAX_PARTNERS).extracting(EntityRef::slug)
                .contains("p150", "p151", "p198", "p199", "p000", "p035").doesNotContain("p036", "p037");
    }

    @Test
    void eachPairHasOneEdgeCountingAllItsDealsColouredByTheStatusMostOfThemHave() {
        RelationshipMap map = bounded(List.of());

        assertThat(map.count(NodeKind.PARTNER)).isEqualTo(MapLayout.MAX_PARTNERS);
        List<Edge> deals = map.edges().stream().filter(edge -> edge.kind() == EdgeKind.DEAL).toList();
        // 40 with Netflix and 20 between the even partners and the next.
        assertThat(deals).hasSize(60).allSatisfy(edge -> assertThat(edge.dealSlug()).isNull());
        assertThat(deals).extracting(edge -> edge.from() + "|" + edge.to()).doesNotHaveDuplicates();
        Edge netflixAndFirst = edge(map, "netflix", "partner:p000");
        assertThat(netflixAndFirst.groupedDeals()).isEqualTo(201);
        assertThat(netflixAndFirst.status()).isEqualTo(DealStatus.SIGNED);
        Edge betweenPartners = edge(map, "partner:p002", "partner:p003");
        assertThat(betweenPartners.groupedDeals()).isEqualTo(1);
        assertThat(betweenPartners.status()).isEqualTo(DealStatus.ANNOUNCED);
        assertThat(betweenPartners.tentative()).isFalse();
    }

    @Test
    void nothingLinksToAPartnerNotDrawn() {
        RelationshipMap map = bounded(List.of());

        // p039 announced a deal with p040, which has fewer deals: the edge would lead nowhere.
        assertThat(map.edges()).allSatisfy(edge -> {
            map.node(edge.from());
            map.node(edge.to());
        });
        assertThat(map.edges()).noneMatch(edge -> edge.to().equals("partner:p040"));
        assertThat(map.count(NodeKind.TITLE)).isEqualTo(MapLayout.MAX_PARTNERS);
        assertThat(map.count(NodeKind.REGULATOR)).isEqualTo(1);
    }

    @Test
    void focusingOnAPartnerWithFewDealsShowsItAndThoseItDealtWith() {
        assertThat(MapLayout.busiestPartners(ALL, PAIRS, List.of("p198"))).extracting(EntityRef::slug)
                .startsWith("p000").contains("p198", "p199").doesNotContain("p038", "p039");

        RelationshipMap map = bounded(List.of("p198"));

        assertThat(map.nodes()).extracting(RelationshipMap.Node::key)
                .containsExactlyInAnyOrder("netflix", "partner:p198", "partner:p199", "title:t198", "regulator:nrta");
        assertThat(edge(map, "netflix", "partner:p198").groupedDeals()).isEqualTo(3);
    }

    @Test
    void theSameCountsGiveTheSamePictureWhateverOrderTheyComeIn() {
        List<PairCount> shuffled = new ArrayList<>(PAIRS);
        Collections.shuffle(shuffled, new Random(7));
        List<EntityRef> drawn = MapLayout.busiestPartners(ALL, shuffled, List.of());

        assertThat(MapLayout.bounded(drawn, shuffled, titleLinks(drawn), regulatorLinks(drawn), List.of()))
                .isEqualTo(bounded(List.of()));
    }

    private static RelationshipMap bounded(List<String> selected) {
        List<EntityRef> drawn = MapLayout.busiestPartners(ALL, PAIRS, selected);
        return MapLayout.bounded(drawn, PAIRS, titleLinks(drawn), regulatorLinks(drawn), selected);
    }

    /** One title per drawn partner, as {@link MapQueries#titleLinks} reads them for those partners only. */
    private static List<TitleLink> titleLinks(List<EntityRef> drawn) {
        return drawn.stream().map(partner -> new TitleLink(
                new EntityRef("t" + partner.slug().substring(1), "Title " + partner.slug()), partner.slug())).toList();
    }

    private static List<RegulatorLink> regulatorLinks(List<EntityRef> drawn) {
        return drawn.stream().map(partner -> new RegulatorLink(new EntityRef("nrta", "NRTA"), partner.slug())).toList();
    }

    private static Edge edge(RelationshipMap map, String from, String to) {
        return map.edges().stream().filter(edge -> edge.from().equals(from) && edge.to().equals(to)).findFirst().orElseThrow();
    }

    private static List<PairCount> generatedPairs() {
        List<PairCount> pairs = new ArrayList<>();
        for (int i = 0; i < PARTNERS; i++) {
            pairs.add(new PairCount(null, slug(i), DealStatus.SIGNED, PARTNERS - i));
            pairs.add(new PairCount(null, slug(i), DealStatus.IN_TALKS, 1));
            if (i % 2 == 0) {
                pairs.add(new PairCount(slug(i), slug(i + 1), DealStatus.ANNOUNCED, 1));
            }
        }
        return pairs;
    }

    private static String slug(int i) {
        return String.format("p%03d", i);
    }
}
