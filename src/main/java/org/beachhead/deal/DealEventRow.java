package org.beachhead.deal;

import org.beachhead.common.Text;
import org.beachhead.common.DateBasis;
import org.beachhead.common.PartialDate;

/** One event of a deal: its place among the deal's events in date order (from 1), and how many the deal has. */
record DealEventRow(Long dealId, String slug, String headline, String headlineZh, int year, Integer month, Integer day, boolean approximate,
                    DateBasis datedBy, String dateNote, String dateNoteZh, long position, long total) {

    PartialDate date() {
        return new PartialDate(year, month, day, approximate);
    }

    DealSummary.EventBrief brief() {
        return new DealSummary.EventBrief(slug, new Text(headline, headlineZh), date(), datedBy,
                new Text(dateNote, dateNoteZh));
    }
}
