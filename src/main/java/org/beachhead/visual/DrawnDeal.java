package org.beachhead.visual;

import org.beachhead.deal.DealSummary;
import org.beachhead.common.PartialDate;

import java.util.List;

/** A deal the chart draws as a bar, with the dates of its events that can end the bar (none: no bar). */
record DrawnDeal(DealSummary deal, List<PartialDate> dates) {
}
