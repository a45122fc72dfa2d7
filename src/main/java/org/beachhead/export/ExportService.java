package org.beachhead.export;

import org.beachhead.deal.DealFilter;
import org.beachhead.deal.DealQueries;
import org.beachhead.model.PartnerRepository;
import org.beachhead.timeline.ClaimLinkRef;
import org.beachhead.timeline.EventCard;
import org.beachhead.timeline.EventCards;
import org.beachhead.timeline.TimelineFilter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.SequenceWriter;

import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The rows of the timeline and deals downloads, written as they are read. They come from the same
 * queries as the HTML pages, so a download holds exactly the events or deals its page shows, in
 * the same order, and refuses the same malformed filters. The output is opened only once the
 * filter has been checked, so that a bad one can still be answered with a problem document.
 */
@Service
public class ExportService {

    /** Events or deals read at a time (a few queries each read): never more than this many in memory. */
    private final int rowsPerRead;

    private final EventCards cards;
    private final PartnerRepository partners;
    private final DealQueries deals;

    public ExportService(EventCards cards, PartnerRepository partners, DealQueries deals,
                         @Value("${beachhead.export.rows-per-read:500}") int rowsPerRead) {
        this.cards = cards;
        this.partners = partners;
        this.deals = deals;
        this.rowsPerRead = rowsPerRead;
    }

    /** @throws org.beachhead.common.BadParameterException before opening the output, for a partner the corpus does not have */
    @Transactional(readOnly = true)
    public void writeTimeline(TimelineFilter filter, Supplier<SequenceWriter> output) {
        write(filter.partners(), output, (offset, limit) -> {
            List<EventCard> read = cards.matching(filter, PageRequest.of(offset / limit, limit));
            Map<String, List<ClaimLinkRef>> links = cards.claimLinks(read);
            return read.stream().map(card -> TimelineRow.of(card, links.getOrDefault(card.slug(), List.of()))).toList();
        }, Function.identity());
    }

    /**
     * The deals in the order of the deals page, each read with its first and latest dates and its
     * number of events but none of the events themselves.
     *
     * @throws org.beachhead.common.BadParameterException before opening the output, for a partner the corpus does not have
     */
    @Transactional(readOnly = true)
    public void writeDeals(DealFilter filter, Supplier<SequenceWriter> output) {
        write(filter.partners(), output, (offset, limit) -> deals.summaries(filter, offset, limit, 0), DealRow::of);
    }

    /**
     * Checks the partners a filter names, then writes the rows of what {@code reads} gives (from an
     * offset, at most a limit, in a fixed order), {@link #rowsPerRead} at a time, each written before the next is read.
     */
    private <T> void write(List<String> filterPartners, Supplier<SequenceWriter> output,
                           BiFunction<Integer, Integer, List<T>> reads, Function<T, ? extends Record> row) {
        if (!filterPartners.isEmpty()) {
            partners.refsKnowing("partner", filterPartners);
        }
        try (SequenceWriter rows = output.get()) {
            List<T> read;
            int offset = 0;
            do {
                read = reads.apply(offset, rowsPerRead);
                for (T item : read) {
                    rows.write(row.apply(item));
                }
                offset += rowsPerRead;
            } while (read.size() == rowsPerRead);
        }
    }
}
