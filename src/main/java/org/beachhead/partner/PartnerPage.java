package org.beachhead.partner;

import org.beachhead.common.Text;
import org.beachhead.common.PageWindow;
import org.beachhead.deal.DealSummary;
import org.beachhead.timeline.EventCard;
import org.beachhead.model.EventKind;
import org.beachhead.source.ExcerptView;
import org.beachhead.source.MentionQueries;

import java.util.List;

/**
 * A partner's page: who they are (with excerpts), their first deals, one page of their events with
 * the figures among them, the people quoted and the first sentences naming them.
 */
public record PartnerPage(PartnerSummary partner, List<String> aliases, List<ExcerptView> about,
                          List<DealSummary> deals, List<EventCard> events, PageWindow eventPages,
                          List<QuotedPerson> people, MentionQueries.Mentions mentions) {

    /** Someone named in the partner's events, and in how many of them. */
    public record QuotedPerson(String slug, String name, String chineseName, Text role, long events) {

        public String label() {
            return new Text(name, chineseName).toString();
        }
    }

    /** Whether the partner has deals beyond those the page lists. */
    public boolean moreDeals() {
        return partner.deals() > deals.size();
    }

    /** The figures the corpus gives about this partner among the events shown: its market-figure events. */
    public List<EventCard> figures() {
        return events.stream().filter(event -> event.kind() == EventKind.MARKET_FIGURE).toList();
    }
}
