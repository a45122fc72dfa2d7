package org.beachhead.visual;

import org.beachhead.common.EntityRef;

import java.util.List;

/**
 * The relationship map, the partners drawn (to focus the map on one), the partners it is focused on,
 * and how many partners are not drawn because the map is bounded to the busiest (0 when none is left out).
 */
public record MapPage(RelationshipMap map, List<EntityRef> partners, List<String> selected, int partnersNotDrawn) {
}
