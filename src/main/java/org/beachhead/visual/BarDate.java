package org.beachhead.visual;

import org.beachhead.common.PartialDate;
import org.beachhead.model.DealStatus;

/**
 * The events of a deal on one date, among those of its first and last years: with the first and the
 * last of their slugs, which decide, between events of the same day, which one reports the deal first or last.
 */
record BarDate(String dealSlug, String dealName, DealStatus status, int year, Integer month, Integer day,
               boolean approximate, String firstEventSlug, String lastEventSlug) {

    PartialDate date() {
        return new PartialDate(year, month, day, approximate);
    }
}
