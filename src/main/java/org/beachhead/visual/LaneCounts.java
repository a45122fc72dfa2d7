package org.beachhead.visual;

import java.util.List;

/** The events of a filter: how many, over which years, and how many in each lane. */
record LaneCounts(long total, Integer firstYear, Integer lastYear, List<LaneCount> lanes) {

    /** Marks the detailed chart would draw: one per event and lane it is in, echoes included. */
    long marks() {
        return lanes.stream().mapToLong(LaneCount::events).sum();
    }
}
