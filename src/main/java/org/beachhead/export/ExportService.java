package org.beachhead.export;

import org.beachhead.deal.DealFilter;
import org.beachhead.deal.DealService;
import org.beachhead.deal.DealSummary;
import org.beachhead.partner.PartnerQueries;
import org.beachhead.timeline.EventCard;
import org.beachhead.timeline.EventCards;
import org.beachhead.timeline.TimelineFilter;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.SequenceWriter;

import java.util.List;
import java.util.function.Supplier;

/**
 * The rows of the timeline and deals downloads, written as they are read. They come from the same
 * queries as the HTML pages, so a download holds exactly the events or deals its page shows, in
 * the same order, and refuses the same malformed filters. The output is opened only once the
 * filter has been checked, so that a bad one can still be answered with a problem document.
 */
@Service
public class ExportService {

    /** Events turned into rows at a time: a few queries each, and never more than this many cards in memory. */
    static final int EVENTS_PER_READ = 500;

    private final EventCards cards;
    private final PartnerQueries partners;
    private final DealService deals;

    public ExportService(EventCards cards, PartnerQueries partners, DealService deals) {
        this.cards = cards;
        this.partners = partners;
        this.deals = deals;
    }

    /** @throws org.beachhead.common.BadParameterException before opening the output, for a partner the corpus does not have */
    @Transactional(readOnly = true)
    public void writeTimeline(TimelineFilter filter, Supplier<SequenceWriter> output) {
        if (!filter.partners().isEmpty()) {
            partners.allRefsKnowing("partner", filter.partners());
        }
        try (SequenceWriter rows = output.get()) {
            List<EventCard> read;
            int from = 0;
            do {
                read = cards.matching(filter, from, EVENTS_PER_READ);
                for (EventCard event : read) {
                    rows.write(TimelineRow.of(event));
                }
                from += EVENTS_PER_READ;
            } while (read.size() == EVENTS_PER_READ);
        }
    }

    /**
     * The deals come as the deals page lists them, every matching one at once (their order is
     * worked out over all of them); only their rows are streamed.
     *
     * @throws org.beachhead.common.BadParameterException before opening the output, for a partner the corpus does not have
     */
    @Transactional(readOnly = true)
    public void writeDeals(DealFilter filter, Supplier<SequenceWriter> output) {
        List<DealSummary> matching = deals.all(filter);
        try (SequenceWriter rows = output.get()) {
            for (DealSummary deal : matching) {
                rows.write(DealRow.of(deal));
            }
        }
    }
}
