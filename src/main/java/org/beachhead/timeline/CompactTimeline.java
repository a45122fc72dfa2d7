package org.beachhead.timeline;

import java.util.List;
import java.util.Set;

/**
 * The timeline one line per event: a year index with counts, the gaps where nothing was reported, and
 * the curated key events marked, the first of them as where to start.
 */
public record CompactTimeline(TimelineView timeline, List<IndexedYear> index, Set<String> keyEvents, String startHere) {

    /** A year with events and how many; {@code gapAfter} the span after it, in reading order, with none (null when none). */
    public record IndexedYear(int year, int count, Gap gapAfter) {
    }

    /** Years with nothing reported, {@code first} to {@code last} inclusive (the same year when one). */
    public record Gap(String first, String last) {

        public boolean oneYear() {
            return first.equals(last);
        }
    }

    public boolean isKey(EventCard event) {
        return keyEvents.contains(event.slug());
    }
}
