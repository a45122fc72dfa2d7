package org.beachhead.visual;

import org.beachhead.common.EntityRef;
import org.beachhead.deal.DealSummary;
import org.beachhead.model.DealStatus;
import org.beachhead.visual.MapQueries.RegulatorLink;
import org.beachhead.visual.RelationshipMap.Edge;
import org.beachhead.visual.RelationshipMap.EdgeKind;
import org.beachhead.visual.RelationshipMap.Node;
import org.beachhead.visual.RelationshipMap.NodeKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.beachhead.visual.Fixtures.deal;
import static org.beachhead.visual.Fixtures.partners;

class MapLayoutTest {

    private final List<EntityRef> partners = partners("alibaba", "iqiyi", "letv", "microsoft", "sony", "hbo", "wasu", "youku");

    private final List<DealSummary> deals = List.of(
            deal("iqiyi-licensing", DealStatus.SIGNED, true, List.of("iqiyi"), List.of(), "2017"),
            deal("iqiyi-bardo", DealStatus.ANNOUNCED, true, List.of("iqiyi"), List.of("bardo"), "2017-08-11"),
            deal("wasu-talks", DealStatus.IN_TALKS, true, List.of("alibaba", "wasu"), List.of(), "c. 2015-05"),
            deal("set-top-boxes", DealStatus.ACTIVE, false, List.of("alibaba", "wasu"), List.of(), "2013"),
            deal("cloud", DealStatus.SIGNED, false, List.of("letv", "microsoft"), List.of(), "2015-01"),
            deal("content-talks", DealStatus.IN_TALKS, false, List.of("hbo", "letv", "sony"), List.of(), "c. 2015-03"),
            deal("okja", DealStatus.SIGNED, true, List.of(), List.of("okja"), "c. 2016-08"));

    private final List<RegulatorLink> regulators = List.of(
            new RegulatorLink(new EntityRef("sapprft", "SAPPRFT"), "wasu"),
            new RegulatorLink(new EntityRef("nrta", "NRTA"), null));

    private final RelationshipMap map = MapLayout.layout(partners, deals, regulators, List.of());

    @Test
    void theSameDataGivesTheSamePictureWhateverOrderItComesIn() {
        List<EntityRef> shuffledPartners = new ArrayList<>(partners);
        List<DealSummary> shuffledDeals = new ArrayList<>(deals);
        List<RegulatorLink> shuffledRegulators = new ArrayList<>(regulators);
        Collections.reverse(shuffledPartners);
        Collections.reverse(shuffledDeals);
        Collections.reverse(shuffledRegulators);

        assertThat(MapLayout.layout(shuffledPartners, shuffledDeals, shuffledRegulators, List.of())).isEqualTo(map);
        assertThat(MapLayout.layout(partners, deals, regulators, List.of())).isEqualTo(map);
    }

    @Test
    void everyEdgeJoinsTwoNodesOfTheMapAndStartsAndEndsOnThem() {
        Set<String> keys = map.nodes().stream().map(Node::key).collect(Collectors.toSet());

        assertThat(map.nodes()).extracting(Node::key).doesNotHaveDuplicates();
        assertThat(map.edges()).isNotEmpty().allSatisfy(edge -> {
            assertThat(keys).contains(edge.from(), edge.to());
            assertThat(edge.x1()).isEqualTo(map.node(edge.from()).x());
            assertThat(edge.y2()).isEqualTo(map.node(edge.to()).y());
        });
    }

    @Test
    void netflixIsAtTheCentrePartnersOnTheInnerRingTitlesAndRegulatorsOnTheOuter() {
        assertThat(map.node(MapLayout.NETFLIX).x()).isEqualTo(MapLayout.CENTRE_X);
        assertThat(map.node(MapLayout.NETFLIX).href()).isEqualTo("/timeline");
        assertThat(map.nodes()).allSatisfy(node -> {
            double distance = Math.hypot(node.x() - MapLayout.CENTRE_X, node.y() - MapLayout.CENTRE_Y);
            double expected = switch (node.kind()) {
                case NETFLIX -> 0;
                case PARTNER -> MapLayout.PARTNER_RING;
                case TITLE, REGULATOR -> MapLayout.OUTER_RING;
            };
            assertThat(distance).as(node.key()).isCloseTo(expected, within(0.2));
            assertThat(node.x()).as(node.key()).isBetween(0.0, MapLayout.WIDTH);
            assertThat(node.y()).as(node.key()).isBetween(0.0, MapLayout.HEIGHT);
        });
        assertThat(map.count(NodeKind.PARTNER)).as("every partner, even one without deals").isEqualTo(partners.size());
        assertThat(map.count(NodeKind.TITLE)).isEqualTo(2);
        assertThat(map.count(NodeKind.REGULATOR)).isEqualTo(2);
    }

    @ParameterizedTest
    @CsvSource({
            "DEAL,      netflix,           partner:iqiyi,     2",
            "DEAL,      netflix,           partner:wasu,      1",
            "DEAL,      netflix,           partner:alibaba,   1",
            "DEAL,      partner:alibaba,   partner:wasu,      1",
            "DEAL,      partner:letv,      partner:microsoft, 1",
            "DEAL,      partner:hbo,       partner:sony,      1",
            "TITLE,     title:bardo,       partner:iqiyi,     1",
            "TITLE,     title:okja,        netflix,           1",
            "REGULATOR, regulator:sapprft, partner:wasu,      1",
            "REGULATOR, regulator:nrta,    netflix,           1"
    })
    void connects(EdgeKind kind, String from, String to, int times) {
        assertThat(map.edges()).filteredOn(edge -> edge.kind() == kind && edge.from().equals(from) && edge.to().equals(to))
                .hasSize(times);
    }

    @Test
    void dealEdgesCarryTheirStatusAndTalksAreTentative() {
        Edge talks = map.edges().stream().filter(edge -> "wasu-talks".equals(edge.dealSlug())).findFirst().orElseThrow();
        Edge boxes = map.edges().stream().filter(edge -> "set-top-boxes".equals(edge.dealSlug())).findFirst().orElseThrow();

        assertThat(talks.status()).isEqualTo(DealStatus.IN_TALKS);
        assertThat(talks.tentative()).isTrue();
        assertThat(boxes.tentative()).isFalse();
        assertThat(map.edges()).filteredOn(edge -> edge.kind() != EdgeKind.DEAL).allSatisfy(edge -> assertThat(edge.status()).isNull());
    }

    @Test
    void twoDealsBetweenTheSamePairAreDrawnApart() {
        List<Edge> iqiyi = map.edges().stream().filter(edge -> edge.to().equals("partner:iqiyi") && edge.kind() == EdgeKind.DEAL).toList();

        assertThat(iqiyi).hasSize(2);
        assertThat(iqiyi.get(0).path()).isNotEqualTo(iqiyi.get(1).path());
        assertThat(Math.hypot(iqiyi.get(0).labelX() - iqiyi.get(1).labelX(), iqiyi.get(0).labelY() - iqiyi.get(1).labelY()))
                .isGreaterThan(20);
    }

    @Test
    void partnersThatDealWithEachOtherSitSideBySide() {
        List<String> ring = map.nodes().stream().filter(node -> node.kind() == NodeKind.PARTNER).map(Node::key).toList();

        assertThat(ring).containsExactly("partner:alibaba", "partner:wasu", "partner:microsoft", "partner:letv",
                "partner:hbo", "partner:sony", "partner:iqiyi", "partner:youku");
    }

    @Test
    void focusingOnAPartnerKeepsItsNeighboursAndTheEdgesThatTouchIt() {
        RelationshipMap letv = MapLayout.layout(partners, deals, regulators, List.of("letv"));

        assertThat(letv.nodes()).extracting(Node::key)
                .containsExactlyInAnyOrder("netflix", "partner:letv", "partner:microsoft", "partner:hbo", "partner:sony");
        assertThat(letv.edges()).isNotEmpty().allSatisfy(edge -> assertThat(List.of(edge.from(), edge.to())).contains("partner:letv"));
    }

    @Test
    void anEdgeBetweenOthersNeverPassesThroughNetflix() {
        // Focused on LeTV, its four partners sit at the quarters of the ring: LeTV and Sony face each other across Netflix.
        RelationshipMap letv = MapLayout.layout(partners, deals, regulators, List.of("letv"));

        assertThat(letv.edges()).filteredOn(edge -> !edge.from().equals(MapLayout.NETFLIX) && !edge.to().equals(MapLayout.NETFLIX))
                .hasSize(3)
                .allSatisfy(edge -> assertThat(Math.hypot((edge.x1() + 2 * edge.controlX() + edge.x2()) / 4 - MapLayout.CENTRE_X,
                        (edge.y1() + 2 * edge.controlY() + edge.y2()) / 4 - MapLayout.CENTRE_Y))
                        .as(edge.from() + " to " + edge.to()).isGreaterThanOrEqualTo(MapLayout.CENTRE_CLEARANCE - 0.5));
    }

    @Test
    void aTitleOrRegulatorSitsBehindThePartnerItIsLinkedTo() {
        Node iqiyi = map.node("partner:iqiyi");
        Node bardo = map.node("title:bardo");

        assertThat(Math.atan2(bardo.y() - MapLayout.CENTRE_Y, bardo.x() - MapLayout.CENTRE_X))
                .isCloseTo(Math.atan2(iqiyi.y() - MapLayout.CENTRE_Y, iqiyi.x() - MapLayout.CENTRE_X), within(0.3));
    }
}
