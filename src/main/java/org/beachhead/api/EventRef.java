package org.beachhead.api;

import io.swagger.v3.oas.annotations.media.Schema;
import org.beachhead.common.PartialDate;
import org.beachhead.timeline.EventCard;

import java.util.List;

@Schema(description = "A link-sized reference to an event: what happened and when.")
public record EventRef(String id, String slug, String headline, ApiDate date, ItemLinks links) {

    static EventRef of(String slug, String headline, PartialDate date) {
        return new EventRef(slug, slug, headline, ApiDate.of(date), Section.EVENTS.links(slug));
    }

    static List<EventRef> of(List<EventCard> cards) {
        return cards.stream().map(card -> of(card.slug(), card.headline(), card.date())).toList();
    }
}
