package org.beachhead.partner;

import org.beachhead.deal.DealSummary;
import org.beachhead.timeline.EventCard;
import org.beachhead.timeline.EventKind;
import org.beachhead.source.ExcerptView;
import org.beachhead.source.MentionView;

import java.util.List;

/** A partner's page: who they are (with excerpts), their deals, events, figures and the people quoted. */
public record PartnerPage(PartnerSummary partner, List<String> aliases, List<ExcerptView> about,
                          List<DealSummary> deals, List<EventCard> events, List<QuotedPerson> people,
                          List<MentionView> mentions) {

    public record QuotedPerson(String slug, String name, String role, List<String> eventSlugs) {
    }

    /** The figures the corpus gives about this partner: its market-figure events. */
    public List<EventCard> figures() {
        return events.stream().filter(event -> event.kind() == EventKind.MARKET_FIGURE).toList();
    }
}
