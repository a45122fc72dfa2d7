package org.beachhead.timeline;

import org.beachhead.common.NotFoundException;
import org.beachhead.model.RuleRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class EventService {

    private final EventCards cards;
    private final EventRows rows;
    private final RuleRepository rules;

    EventService(EventCards cards, EventRows rows, RuleRepository rules) {
        this.cards = cards;
        this.rows = rows;
        this.rules = rules;
    }

    /** @throws NotFoundException when no event has this slug */
    @Transactional(readOnly = true)
    public EventPage event(String slug) {
        EventCards.DatedCard read = cards.bySlug(slug).orElseThrow(() -> new NotFoundException("event", slug));
        long id = read.card().id();
        return new EventPage(read.card(), read.dateExcerpt(), rules.involvedIn(id), rows.articlesCitedBy(id));
    }
}
