package org.beachhead.visual;

import org.beachhead.common.Text;
import org.beachhead.common.PartialDate;
import org.beachhead.model.DealStatus;

import java.util.List;
import java.util.Locale;

/** The relationship map with every coordinate computed; the template only draws it. */
public record RelationshipMap(double width, double height, List<Node> nodes, List<Edge> edges) {

    /** The node with this key; every edge's ends are nodes of the map. */
    public Node node(String key) {
        return nodes.stream().filter(node -> node.key().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no node " + key));
    }

    public long count(NodeKind kind) {
        return nodes.stream().filter(node -> node.kind() == kind).count();
    }

    public enum NodeKind { NETFLIX, PARTNER, TITLE, REGULATOR }

    public enum EdgeKind { DEAL, TITLE, REGULATOR }

    /** A node; the label sits outside it, on the side away from the centre ({@code labelAnchor} is an SVG text-anchor). */
    public record Node(String key, NodeKind kind, Text name, String href, double x, double y, double radius,
                       double labelX, double labelY, String labelAnchor) {

        /** The corners of a diamond of this node's size, for regulators. */
        public String diamondPoints() {
            return String.format(Locale.ROOT, "%.1f,%.1f %.1f,%.1f %.1f,%.1f %.1f,%.1f",
                    x, y - radius, x + radius, y, x, y + radius, x - radius, y);
        }
    }

    /**
     * A connection drawn as a quadratic curve from {@code from} to {@code to} through the control
     * point; deal edges carry their deal and status, the others link a title or regulator to a party.
     * On a map bounded to the busiest partners a deal edge stands instead for all the deals of a pair
     * ({@code groupedDeals} of them, no {@code dealSlug}) and carries the status most of them have;
     * {@code groupedDeals} is 0 on every other edge.
     */
    public record Edge(EdgeKind kind, String from, String to,
                       double x1, double y1, double controlX, double controlY, double x2, double y2,
                       double labelX, double labelY, String dealSlug, Text dealName, DealStatus status,
                       PartialDate statusAsOf, long groupedDeals) {

        public String path() {
            return String.format(Locale.ROOT, "M%.1f %.1f Q%.1f %.1f %.1f %.1f", x1, y1, controlX, controlY, x2, y2);
        }

        public boolean tentative() {
            return TentativeStatuses.contains(status);
        }
    }
}
