package org.beachhead.corpus;

import java.util.Set;

/**
 * What a curation file declares removed (its {@code retired:} entry), by slug: articles, events and
 * deals, and under {@code excerpts} the events, partners or regulators that may lose excerpts. A new
 * corpus that drops anything else of the corpus loaded before is not imported (see {@link Removals}).
 */
record Retired(Set<String> articles, Set<String> events, Set<String> deals, Set<String> excerpts) {

    static final Retired NONE = new Retired(Set.of(), Set.of(), Set.of(), Set.of());
}
