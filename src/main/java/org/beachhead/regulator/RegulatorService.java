package org.beachhead.regulator;

import org.beachhead.model.RuleRepository;
import org.beachhead.model.RuleRef;
import org.beachhead.common.BadParameterException;
import org.beachhead.common.NotFoundException;
import org.beachhead.common.PageWindow;
import org.beachhead.source.MentionQueries;
import org.beachhead.timeline.EventCard;
import org.beachhead.timeline.EventCards;
import org.beachhead.source.ExcerptView;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

@Service
public class RegulatorService {

    private final RegulatorQueries regulators;
    private final EventCards cards;
    private final MentionQueries mentions;
    private final RuleRepository rules;

    RegulatorService(RegulatorQueries regulators, EventCards cards, MentionQueries mentions, RuleRepository rules) {
        this.rules = rules;
        this.mentions = mentions;
        this.regulators = regulators;
        this.cards = cards;
    }

    public record RegulatorPage(RegulatorSummary regulator, List<ExcerptView> about, List<RuleRef> rules,
                                List<EventCard> events, PageWindow eventPages, MentionQueries.Mentions mentions) {
    }

    public record RegulatorIndex(List<RegulatorSummary> regulators, List<RuleRef> rules) {
    }

    /** Every regulator, and every rule the corpus records (some with no named issuer). */
    @Transactional(readOnly = true)
    public RegulatorIndex all() {
        return new RegulatorIndex(regulators.all(), rules.refs());
    }

    /**
     * A regulator's page, with the {@code page}-th page of its events.
     *
     * @throws NotFoundException     when no regulator has this slug
     * @throws BadParameterException when its events have no such page
     */
    @Transactional(readOnly = true)
    public RegulatorPage regulator(String slug, int page) {
        RegulatorSummary regulator = regulators.summary(slug).orElseThrow(() -> new NotFoundException("regulator", slug));
        PageWindow eventPages = new PageWindow("/regulators/" + slug, page, EventCards.PAGE_SIZE, regulator.events()).existing();
        EventCards.OwnedCards events = cards.involving(EventCards.Association.REGULATOR, slug, eventPages);
        return new RegulatorPage(regulator, events.about(), regulators.rulesIssuedBy(slug), events.cards(), eventPages,
                mentions.about("regulator", slug));
    }
}
