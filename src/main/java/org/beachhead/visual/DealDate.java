package org.beachhead.visual;

import org.beachhead.common.PartialDate;

/** The date of one of a deal's events, for where its bar starts or ends. */
record DealDate(String dealSlug, int year, Integer month, Integer day) {

    PartialDate date() {
        return new PartialDate(year, month, day, false);
    }
}
