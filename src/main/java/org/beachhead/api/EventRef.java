package org.beachhead.api;

import org.beachhead.common.Text;
import io.swagger.v3.oas.annotations.media.Schema;
import org.beachhead.deal.DealSummary;
import org.beachhead.timeline.EventCard;

import java.util.List;

@Schema(description = "A link-sized reference to an event: what happened and when, with how that date was established.")
public record EventRef(String id, String slug, String headline,
                       @Schema(description = "The headline's Chinese text") String headlineZh, ApiDate date,
                       ItemLinks links) {

    static EventRef of(EventCard card) {
        return of(card.slug(), card.headline(), ApiDate.of(card.date(), card.datedBy(), card.dateNote()));
    }

    static EventRef of(DealSummary.EventBrief event) {
        return of(event.slug(), event.headline(), ApiDate.of(event.date(), event.datedBy(), event.dateNote()));
    }

    static List<EventRef> of(List<EventCard> cards) {
        return cards.stream().map(EventRef::of).toList();
    }

    private static EventRef of(String slug, Text headline, ApiDate date) {
        return new EventRef(slug, slug, headline.en(), headline.zh(), date, Section.EVENTS.links(slug));
    }
}
