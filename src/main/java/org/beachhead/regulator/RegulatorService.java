package org.beachhead.regulator;

import jakarta.persistence.EntityManager;
import org.beachhead.common.NotFoundException;
import org.beachhead.source.ExcerptQueries;
import org.beachhead.source.MentionQueries;
import org.beachhead.source.MentionView;
import org.beachhead.timeline.EventCard;
import org.beachhead.timeline.EventCards;
import org.beachhead.timeline.EventQueries;
import org.beachhead.source.ExcerptView;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

@Service
public class RegulatorService {

    private static final String SUMMARY = """
            select new org.beachhead.regulator.RegulatorSummary(r.slug, r.name, r.shortName, r.chineseName, r.summary,
                (select count(e) from Event e join e.regulators er where er = r))
            from Regulator r""";

    private final EntityManager entityManager;
    private final EventQueries events;
    private final EventCards cards;
    private final ExcerptQueries excerpts;
    private final MentionQueries mentions;
    private final RuleQueries rules;

    public RegulatorService(EntityManager entityManager, EventQueries events, EventCards cards, ExcerptQueries excerpts,
                            MentionQueries mentions, RuleQueries rules) {
        this.rules = rules;
        this.excerpts = excerpts;
        this.mentions = mentions;
        this.entityManager = entityManager;
        this.events = events;
        this.cards = cards;
    }

    public record RegulatorPage(RegulatorSummary regulator, List<ExcerptView> about, List<RuleRef> rules,
                                List<EventCard> events, List<MentionView> mentions) {
    }

    public record RegulatorIndex(List<RegulatorSummary> regulators, List<RuleRef> rules) {
    }

    /** Every regulator, and every rule the corpus records (some with no named issuer). */
    @Transactional(readOnly = true)
    public RegulatorIndex all() {
        return new RegulatorIndex(
                entityManager.createQuery(SUMMARY + " order by r.name", RegulatorSummary.class).getResultList(),
                rules.all());
    }

    /** @throws NotFoundException when no regulator has this slug */
    @Transactional(readOnly = true)
    public RegulatorPage regulator(String slug) {
        RegulatorSummary regulator = entityManager.createQuery(SUMMARY + " where r.slug = :slug", RegulatorSummary.class)
                .setParameter("slug", slug).getResultList().stream().findFirst()
                .orElseThrow(() -> new NotFoundException("regulator", slug));
        return new RegulatorPage(regulator, excerpts.aboutRegulator(slug), rules.issuedBy(slug),
                cards.forIds(events.idsInvolving("regulators", slug)), mentions.about("regulator", slug));
    }
}
