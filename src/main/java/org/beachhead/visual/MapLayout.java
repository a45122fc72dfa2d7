package org.beachhead.visual;

import org.beachhead.common.Text;
import org.beachhead.common.EntityRef;
import org.beachhead.common.PartialDate;
import org.beachhead.deal.DealSummary;
import org.beachhead.model.DealStatus;
import org.beachhead.visual.MapQueries.PairCount;
import org.beachhead.visual.MapQueries.RegulatorLink;
import org.beachhead.visual.MapQueries.TitleLink;
import org.beachhead.visual.RelationshipMap.Edge;
import org.beachhead.visual.RelationshipMap.EdgeKind;
import org.beachhead.visual.RelationshipMap.Node;
import org.beachhead.visual.RelationshipMap.NodeKind;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.beachhead.visual.Coordinates.round;

/**
 * Lays out the relationship map on concentric rings, with no randomness, so the same corpus always
 * gives the same picture: Netflix at the centre, partners on the inner ring, titles and regulators
 * on the outer ring. Partners that deal with each other sit next to each other (otherwise in name
 * order), so their edges stay short and clear of the centre; a title or regulator sits behind the
 * partners it is linked to. Past {@link #MAX_PARTNERS} partners the map is {@link #bounded} to the
 * busiest, with one edge per pair of parties counting their deals.
 */
final class MapLayout {

    static final double WIDTH = 1060;
    static final double HEIGHT = 710;
    static final double CENTRE_X = 530;
    static final double CENTRE_Y = 355;
    static final double NETFLIX_RADIUS = 34;
    static final double PARTNER_RING = 190;
    static final double OUTER_RING = 305;
    static final double PARTNER_RADIUS = 12;
    static final double OUTER_RADIUS = 9;
    static final double LABEL_GAP = 6;
    /** How far apart two deals between the same pair are drawn. */
    static final double PARALLEL_SPREAD = 50;
    static final double MIN_OUTER_GAP = Math.toRadians(16);
    /** How far from the centre an edge that does not involve Netflix must pass, so it is not read as one that does. */
    static final double CENTRE_CLEARANCE = NETFLIX_RADIUS + 40;

    /** Past this many partners the map draws only the busiest (see {@link #bounded}). */
    static final int MAX_PARTNERS = 40;
    /** On a bounded map, at most this many title–partner and regulator–partner links each. */
    static final int MAX_TITLE_LINKS = 40;
    static final int MAX_REGULATOR_LINKS = 20;

    static final String NETFLIX = "netflix";
    private static final double TOP = -Math.PI / 2;
    private static final double TURN = 2 * Math.PI;

    private MapLayout() {
    }

    private static String partnerKey(String slug) {
        return "partner:" + slug;
    }

    /**
     * @param partners          every partner
     * @param deals             every deal, with its partners and titles
     * @param regulatorLinks    which regulators share events with which partners
     * @param selectedPartners  when not empty, the map shows only these partners and their neighbours
     */
    static RelationshipMap layout(List<EntityRef> partners, List<DealSummary> deals, List<RegulatorLink> regulatorLinks,
                                  Collection<String> selectedPartners) {
        Map<String, NodeDraft> nodes = partnerNodes(partners);
        List<EdgeDraft> edges = new ArrayList<>();
        Set<String> linked = new HashSet<>();
        for (DealSummary deal : deals.stream().sorted(Comparator.comparing(DealSummary::slug)).toList()) {
            List<String> parties = deal.partners().stream().map(partner -> partnerKey(partner.slug())).sorted().toList();
            if (deal.netflixParty()) {
                parties.forEach(party -> edges.add(EdgeDraft.of(deal, NETFLIX, party)));
            } else {
                for (int i = 0; i < parties.size(); i++) {
                    for (int j = i + 1; j < parties.size(); j++) {
                        edges.add(EdgeDraft.of(deal, parties.get(i), parties.get(j)));
                    }
                }
            }
            // A title hangs off the partners of its deal, or off Netflix when Netflix dealt alone.
            List<String> anchors = !parties.isEmpty() ? parties : deal.netflixParty() ? List.of(NETFLIX) : List.of();
            for (EntityRef title : deal.titles()) {
                anchors.forEach(anchor -> link(nodes, edges, linked, titleNode(title), anchor));
            }
        }
        linkRegulators(nodes, edges, linked, regulatorLinks);
        return place(nodes, edges, selectedPartners);
    }

    /**
     * The map of a corpus with more than {@link #MAX_PARTNERS} partners: only the partners given
     * (see {@link #busiestPartners}), one edge per pair of them (or with Netflix) standing for all
     * their deals, coloured by the status most of those deals have, and the titles and regulators
     * linked to these partners (already bounded by the queries that read them).
     *
     * @param drawnPartners    the partners to draw
     * @param pairs            the deals per pair of parties and status, as {@link MapQueries#dealPairs} counts them
     * @param titleLinks       titles of the drawn partners' deals
     * @param regulatorLinks   regulators named in events with the drawn partners
     * @param selectedPartners when not empty, the map shows only these partners and their neighbours
     */
    static RelationshipMap bounded(List<EntityRef> drawnPartners, List<PairCount> pairs, List<TitleLink> titleLinks,
                                   List<RegulatorLink> regulatorLinks, Collection<String> selectedPartners) {
        Map<String, NodeDraft> nodes = partnerNodes(drawnPartners);
        Map<String, List<PairCount>> byPair = new TreeMap<>();
        for (PairCount pair : pairs) {
            String from = pair.partnerSlug() == null ? NETFLIX : partnerKey(pair.partnerSlug());
            String to = partnerKey(pair.otherPartnerSlug());
            if (nodes.containsKey(from) && nodes.containsKey(to)) {
                byPair.computeIfAbsent(from + "|" + to, key -> new ArrayList<>()).add(pair);
            }
        }
        List<EdgeDraft> edges = new ArrayList<>();
        byPair.values().forEach(statuses -> {
            PairCount first = statuses.get(0);
            DealStatus mostDeals = statuses.stream()
                    .max(Comparator.comparingLong(PairCount::deals).thenComparing(PairCount::status)).orElseThrow().status();
            edges.add(new EdgeDraft(EdgeKind.DEAL, first.partnerSlug() == null ? NETFLIX : partnerKey(first.partnerSlug()),
                    partnerKey(first.otherPartnerSlug()), null, null, mostDeals, null,
                    statuses.stream().mapToLong(PairCount::deals).sum()));
        });
        Set<String> linked = new HashSet<>();
        titleLinks.stream()
                .sorted(Comparator.comparing((TitleLink link) -> link.title().slug()).thenComparing(TitleLink::partnerSlug))
                .forEach(link -> link(nodes, edges, linked, titleNode(link.title()), partnerKey(link.partnerSlug())));
        linkRegulators(nodes, edges, linked, regulatorLinks);
        return place(nodes, edges, selectedPartners);
    }

    /**
     * The partners a bounded map draws: the selected ones first, then those they dealt with, then
     * those with the most deals (with Netflix or with each other), up to {@link #MAX_PARTNERS};
     * in the order of {@code partners}.
     */
    static List<EntityRef> busiestPartners(List<EntityRef> partners, List<PairCount> pairs, Collection<String> selectedPartners) {
        Map<String, Long> deals = new HashMap<>();
        Set<String> dealtWithSelected = new HashSet<>();
        for (PairCount pair : pairs) {
            deals.merge(pair.otherPartnerSlug(), pair.deals(), Long::sum);
            if (pair.partnerSlug() != null) {
                deals.merge(pair.partnerSlug(), pair.deals(), Long::sum);
                if (selectedPartners.contains(pair.partnerSlug())) {
                    dealtWithSelected.add(pair.otherPartnerSlug());
                }
                if (selectedPartners.contains(pair.otherPartnerSlug())) {
                    dealtWithSelected.add(pair.partnerSlug());
                }
            }
        }
        Set<EntityRef> drawn = partners.stream()
                .sorted(Comparator.comparing((EntityRef partner) -> !selectedPartners.contains(partner.slug()))
                        .thenComparing(partner -> !dealtWithSelected.contains(partner.slug()))
                        .thenComparing(partner -> -deals.getOrDefault(partner.slug(), 0L))
                        .thenComparing(partner -> partner.name().toLowerCase())
                        .thenComparing(EntityRef::slug))
                .limit(Math.max(MAX_PARTNERS, selectedPartners.size()))
                .collect(Collectors.toSet());
        return partners.stream().filter(drawn::contains).toList();
    }

    private static Map<String, NodeDraft> partnerNodes(List<EntityRef> partners) {
        Map<String, NodeDraft> nodes = new LinkedHashMap<>();
        nodes.put(NETFLIX, new NodeDraft(NETFLIX, NodeKind.NETFLIX, new Text("Netflix", null), "/timeline"));
        partners.forEach(partner -> nodes.put(partnerKey(partner.slug()),
                new NodeDraft(partnerKey(partner.slug()), NodeKind.PARTNER, names(partner), "/partners/" + partner.slug())));
        return nodes;
    }

    /** Keeps the selected partners' part of the map, if any are, and places what is left. */
    private static RelationshipMap place(Map<String, NodeDraft> nodes, List<EdgeDraft> edges, Collection<String> selectedPartners) {
        if (!selectedPartners.isEmpty()) {
            Set<String> focus = new HashSet<>();
            selectedPartners.forEach(slug -> focus.add(partnerKey(slug)));
            edges.removeIf(edge -> !focus.contains(edge.from) && !focus.contains(edge.to));
            Set<String> kept = new HashSet<>(focus);
            kept.add(NETFLIX);
            edges.forEach(edge -> {
                kept.add(edge.from);
                kept.add(edge.to);
            });
            nodes.keySet().retainAll(kept);
        }

        Map<String, Double> angles = partnerAngles(nodes, edges);
        angles.putAll(outerAngles(nodes, edges, angles));
        Map<String, Node> placed = new LinkedHashMap<>();
        NodeDraft netflix = nodes.get(NETFLIX);
        placed.put(NETFLIX, new Node(NETFLIX, NodeKind.NETFLIX, netflix.name, netflix.href, CENTRE_X, CENTRE_Y,
                NETFLIX_RADIUS, CENTRE_X, CENTRE_Y + 5, "middle"));
        angles.forEach((key, angle) -> placed.put(key, onRing(nodes.get(key), angle)));

        return new RelationshipMap(WIDTH, HEIGHT, List.copyOf(placed.values()), drawEdges(edges, placed));
    }

    private static NodeDraft titleNode(EntityRef title) {
        return new NodeDraft("title:" + title.slug(), NodeKind.TITLE, names(title), "/titles/" + title.slug());
    }

    /** One edge per regulator and what it is linked to: a partner, or Netflix for events naming none. */
    private static void linkRegulators(Map<String, NodeDraft> nodes, List<EdgeDraft> edges, Set<String> linked,
                                       List<RegulatorLink> regulatorLinks) {
        regulatorLinks.stream()
                .sorted(Comparator.comparing((RegulatorLink link) -> link.regulator().slug())
                        .thenComparing(RegulatorLink::partnerSlug, Comparator.nullsFirst(Comparator.naturalOrder())))
                .forEach(link -> link(nodes, edges, linked,
                        new NodeDraft("regulator:" + link.regulator().slug(), NodeKind.REGULATOR, names(link.regulator()),
                                "/regulators/" + link.regulator().slug()),
                        link.partnerSlug() == null ? NETFLIX : partnerKey(link.partnerSlug())));
    }

    /** Links a title or regulator to a party, once, adding it to the map the first time. */
    private static void link(Map<String, NodeDraft> nodes, List<EdgeDraft> edges, Set<String> linked, NodeDraft outer, String anchor) {
        if (linked.add(outer.key + ">" + anchor)) {
            nodes.putIfAbsent(outer.key, outer);
            edges.add(new EdgeDraft(outer.kind == NodeKind.TITLE ? EdgeKind.TITLE : EdgeKind.REGULATOR, outer.key, anchor,
                    null, null, null, null, 0));
        }
    }

    /**
     * Partners evenly round the inner ring, clockwise from the top. Partners that deal with each
     * other form a group, placed as a chain so that those who deal sit side by side; groups, and
     * partners dealing with no other partner, in name order.
     */
    private static Map<String, Double> partnerAngles(Map<String, NodeDraft> nodes, List<EdgeDraft> edges) {
        Map<String, Set<String>> dealsWith = new HashMap<>();
        for (EdgeDraft edge : edges) {
            if (edge.kind == EdgeKind.DEAL && !edge.from.equals(NETFLIX)) {
                dealsWith.computeIfAbsent(edge.from, key -> new HashSet<>()).add(edge.to);
                dealsWith.computeIfAbsent(edge.to, key -> new HashSet<>()).add(edge.from);
            }
        }
        List<NodeDraft> byName = nodes.values().stream().filter(node -> node.kind == NodeKind.PARTNER).sorted(BY_NAME).toList();
        List<String> order = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (NodeDraft start : byName) {
            if (!seen.add(start.key)) {
                continue;
            }
            List<NodeDraft> group = new ArrayList<>();
            Deque<String> toVisit = new ArrayDeque<>(List.of(start.key));
            while (!toVisit.isEmpty()) {
                String key = toVisit.pop();
                group.add(nodes.get(key));
                for (String other : dealsWith.getOrDefault(key, Set.of())) {
                    if (seen.add(other)) {
                        toVisit.push(other);
                    }
                }
            }
            order.addAll(chain(group, dealsWith));
        }
        Map<String, Double> angles = new LinkedHashMap<>();
        for (int i = 0; i < order.size(); i++) {
            angles.put(order.get(i), TOP + i * TURN / order.size());
        }
        return angles;
    }

    /**
     * Orders a group of partners that deal with each other: starting from the one with the most
     * deals, each next partner (the one most connected to those placed) joins the end of the chain
     * it deals with, so most deals join neighbours.
     */
    private static List<String> chain(List<NodeDraft> group, Map<String, Set<String>> dealsWith) {
        Comparator<NodeDraft> mostDeals = Comparator.comparingInt((NodeDraft node) -> -dealsWith.getOrDefault(node.key, Set.of()).size())
                .thenComparing(BY_NAME);
        List<NodeDraft> remaining = new ArrayList<>(group.stream().sorted(mostDeals).toList());
        Deque<String> chain = new ArrayDeque<>(List.of(remaining.remove(0).key));
        while (!remaining.isEmpty()) {
            NodeDraft next = remaining.stream()
                    .sorted(Comparator.comparingLong((NodeDraft node) -> -chain.stream().filter(dealsWith.getOrDefault(node.key, Set.of())::contains).count())
                            .thenComparing(mostDeals))
                    .findFirst().orElseThrow();
            remaining.remove(next);
            Set<String> partnersOfNext = dealsWith.getOrDefault(next.key, Set.of());
            if (partnersOfNext.contains(chain.peekFirst()) && !partnersOfNext.contains(chain.peekLast())) {
                chain.addFirst(next.key);
            } else {
                chain.addLast(next.key);
            }
        }
        return List.copyOf(chain);
    }

    /**
     * Titles and regulators on the outer ring: behind the partners they are linked to (their mean
     * direction), pushed clockwise until they keep a minimum gap; those linked only to Netflix fill
     * the widest gaps left.
     */
    private static Map<String, Double> outerAngles(Map<String, NodeDraft> nodes, List<EdgeDraft> edges, Map<String, Double> partnerAngles) {
        List<NodeDraft> outer = nodes.values().stream()
                .filter(node -> node.kind == NodeKind.TITLE || node.kind == NodeKind.REGULATOR)
                .sorted(Comparator.comparing((NodeDraft node) -> node.kind).thenComparing(BY_NAME))
                .toList();
        Map<String, Double> preferred = new HashMap<>();
        for (NodeDraft node : outer) {
            double sin = 0;
            double cos = 0;
            for (EdgeDraft edge : edges) {
                Double angle = edge.from.equals(node.key) ? partnerAngles.get(edge.to) : null;
                if (angle != null) {
                    sin += Math.sin(angle);
                    cos += Math.cos(angle);
                }
            }
            if (sin != 0 || cos != 0) {
                preferred.put(node.key, fromTop(Math.atan2(sin, cos)));
            }
        }
        double gap = Math.min(MIN_OUTER_GAP, TURN / Math.max(1, outer.size()));
        Map<String, Double> angles = new LinkedHashMap<>();
        double previous = Double.NEGATIVE_INFINITY;
        for (NodeDraft node : outer.stream().filter(node -> preferred.containsKey(node.key))
                .sorted(Comparator.comparing((NodeDraft node) -> preferred.get(node.key))).toList()) {
            previous = Math.max(preferred.get(node.key), previous + gap);
            angles.put(node.key, previous);
        }
        for (NodeDraft node : outer) {
            if (!preferred.containsKey(node.key)) {
                angles.put(node.key, middleOfWidestGap(angles.values()));
            }
        }
        return angles;
    }

    /** An angle in [-π/2, 3π/2), so that sorting follows the ring clockwise from the top. */
    private static double fromTop(double angle) {
        double turns = (angle - TOP) % TURN;
        return TOP + (turns < 0 ? turns + TURN : turns);
    }

    private static double middleOfWidestGap(Collection<Double> taken) {
        if (taken.isEmpty()) {
            return Math.PI / 2;
        }
        List<Double> sorted = taken.stream().map(MapLayout::fromTop).sorted().toList();
        double bestStart = sorted.get(sorted.size() - 1);
        double bestWidth = sorted.get(0) + TURN - bestStart;
        for (int i = 1; i < sorted.size(); i++) {
            double width = sorted.get(i) - sorted.get(i - 1);
            if (width > bestWidth) {
                bestStart = sorted.get(i - 1);
                bestWidth = width;
            }
        }
        return fromTop(bestStart + bestWidth / 2);
    }

    private static Node onRing(NodeDraft node, double angle) {
        boolean partner = node.kind == NodeKind.PARTNER;
        double ring = partner ? PARTNER_RING : OUTER_RING;
        double radius = partner ? PARTNER_RADIUS : OUTER_RADIUS;
        double cos = Math.cos(angle);
        double sin = Math.sin(angle);
        double x = CENTRE_X + ring * cos;
        double y = CENTRE_Y + ring * sin;
        // Labels sit outside the node, away from the centre; below a node they need room for the text's height.
        double labelX = x + (radius + LABEL_GAP) * cos;
        double labelY = y + (radius + LABEL_GAP) * sin + (sin > 0.5 ? 11 : sin < -0.5 ? -2 : 4);
        String anchor = cos > 0.3 ? "start" : cos < -0.3 ? "end" : "middle";
        return new Node(node.key, node.kind, node.name, node.href, round(x), round(y), radius, round(labelX), round(labelY), anchor);
    }

    /** Straight lines, except that deals between the same pair fan out and edges between others bow around Netflix. */
    private static List<Edge> drawEdges(List<EdgeDraft> edges, Map<String, Node> nodes) {
        Map<String, List<EdgeDraft>> byPair = new LinkedHashMap<>();
        edges.forEach(edge -> byPair.computeIfAbsent(pairKey(edge), key -> new ArrayList<>()).add(edge));
        List<Edge> drawn = new ArrayList<>();
        for (EdgeDraft edge : edges) {
            List<EdgeDraft> parallel = byPair.get(pairKey(edge));
            Node from = nodes.get(edge.from);
            Node to = nodes.get(edge.to);
            // The normal is taken on the pair in a fixed order, so parallel edges fan out whichever way they point.
            Node first = edge.from.compareTo(edge.to) < 0 ? from : to;
            Node second = first == from ? to : from;
            double length = Math.max(1, Math.hypot(second.x() - first.x(), second.y() - first.y()));
            double normalX = -(second.y() - first.y()) / length;
            double normalY = (second.x() - first.x()) / length;
            double offset = (parallel.indexOf(edge) - (parallel.size() - 1) / 2.0) * PARALLEL_SPREAD;
            double midX = (from.x() + to.x()) / 2;
            double midY = (from.y() + to.y()) / 2;
            double controlX = midX + normalX * offset;
            double controlY = midY + normalY * offset;
            double fromCentre = Math.hypot(midX - CENTRE_X, midY - CENTRE_Y);
            if (from.kind() != NodeKind.NETFLIX && to.kind() != NodeKind.NETFLIX && fromCentre < CENTRE_CLEARANCE) {
                // Bow away from the centre (sideways when the edge runs right through it); a quadratic
                // curve's middle lies halfway between its chord's middle and its control point.
                double awayX = fromCentre > 1 ? (midX - CENTRE_X) / fromCentre : normalX;
                double awayY = fromCentre > 1 ? (midY - CENTRE_Y) / fromCentre : normalY;
                controlX += awayX * 2 * (CENTRE_CLEARANCE - fromCentre);
                controlY += awayY * 2 * (CENTRE_CLEARANCE - fromCentre);
            }
            // Status labels on Netflix's edges sit nearer the partner, where the spokes are further apart;
            // the labels of deals between the same pair are staggered along the edge so they do not overlap.
            double t = from.kind() != NodeKind.NETFLIX ? 0.5
                    : parallel.size() == 1 ? 0.62 : 0.45 + 0.3 * parallel.indexOf(edge) / (parallel.size() - 1);
            double labelX = (1 - t) * (1 - t) * from.x() + 2 * (1 - t) * t * controlX + t * t * to.x();
            double labelY = (1 - t) * (1 - t) * from.y() + 2 * (1 - t) * t * controlY + t * t * to.y();
            drawn.add(new Edge(edge.kind, edge.from, edge.to, from.x(), from.y(),
                    round(controlX), round(controlY), to.x(), to.y(), round(labelX), round(labelY),
                    edge.dealSlug, edge.dealName, edge.status, edge.statusAsOf, edge.groupedDeals));
        }
        return drawn;
    }

    private static String pairKey(EdgeDraft edge) {
        return edge.from.compareTo(edge.to) < 0 ? edge.from + "|" + edge.to : edge.to + "|" + edge.from;
    }

    private static final Comparator<NodeDraft> BY_NAME = Comparator
            .comparing((NodeDraft node) -> node.name.en().toLowerCase()).thenComparing(node -> node.key);

    private record NodeDraft(String key, NodeKind kind, Text name, String href) {
    }

    private static Text names(EntityRef ref) {
        return new Text(ref.name(), ref.chineseName());
    }

    /**
     * An edge before it is placed: see {@link Edge} for its deal, status (as of a date for one deal;
     * none for grouped deals, whose status is the most common one) and number of grouped deals.
     */
    private record EdgeDraft(EdgeKind kind, String from, String to, String dealSlug, Text dealName, DealStatus status,
                             PartialDate statusAsOf, long groupedDeals) {

        static EdgeDraft of(DealSummary deal, String from, String to) {
            return new EdgeDraft(EdgeKind.DEAL, from, to, deal.slug(), new Text(deal.name(), deal.chineseName()),
                    deal.status(), deal.statusAsOf(), 0);
        }
    }
}
