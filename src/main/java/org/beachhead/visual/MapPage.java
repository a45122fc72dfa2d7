package org.beachhead.visual;

import org.beachhead.common.EntityRef;

import java.util.List;

/** The relationship map, every partner (to focus the map on one) and the partners it is focused on. */
public record MapPage(RelationshipMap map, List<EntityRef> partners, List<String> selected) {
}
