package org.beachhead.timeline;

import org.beachhead.common.NotFoundException;
import org.beachhead.common.PartialDate;
import org.beachhead.model.RuleRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
        List<ClaimLinkRef> links = rows.claimLinks(List.of(id));
        Map<String, EventCard> linkedCards = new HashMap<>();
        cards.bySlugs(links.stream().map(ClaimLinkRef::otherSlug).toList()).forEach(card -> linkedCards.put(card.slug(), card));
        List<LinkedClaim> linked = links.stream()
                .map(link -> new LinkedClaim(link.relation(), link.outgoing(), linkedCards.get(link.otherSlug())))
                .sorted(Comparator.comparing((LinkedClaim claim) -> claim.card().date(), PartialDate.CHRONOLOGICAL))
                .toList();
        return new EventPage(read.card(), read.dateExcerpt(), rules.involvedIn(id), rows.articlesCitedBy(id), linked);
    }
}
