package org.beachhead.visual;

import org.beachhead.common.Text;
import org.beachhead.common.EntityRef;
import org.beachhead.common.PartialDate;
import org.beachhead.model.DealStatus;

import java.util.Comparator;
import java.util.List;

/**
 * A deal the chart draws as a bar in its parties' lanes, from its first reported event to its
 * latest, with the dates of its events that can end the bar (those of its first and last years).
 */
public record DrawnDeal(String slug, Text name, DealStatus status, PartialDate statusAsOf, List<EntityRef> partners,
                        PartialDate firstReported, PartialDate lastReported, List<PartialDate> barEnds) {

    /** The order of the deals list: first reported first, then by name, then by slug. */
    static final Comparator<DrawnDeal> FIRST_REPORTED_FIRST = Comparator
            .comparing(DrawnDeal::firstReported, PartialDate.CHRONOLOGICAL)
            .thenComparing(deal -> deal.name().en()).thenComparing(DrawnDeal::slug);
}
