package org.beachhead.regulator;

import org.beachhead.model.RuleRepository;
import org.beachhead.model.RuleRef;
import org.beachhead.model.Rule;
import org.beachhead.model.Regulator;
import jakarta.persistence.EntityManager;
import org.beachhead.common.BadParameterException;
import org.beachhead.common.EntityRef;
import org.beachhead.common.NotFoundException;
import org.beachhead.common.PageWindow;
import org.beachhead.source.ExcerptQueries;
import org.beachhead.source.MentionQueries;
import org.beachhead.timeline.EventCard;
import org.beachhead.timeline.EventCards;
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
    private final EventCards cards;
    private final MentionQueries mentions;
    private final RuleRepository rules;

    public RegulatorService(EntityManager entityManager, EventCards cards, MentionQueries mentions, RuleRepository rules) {
        this.rules = rules;
        this.mentions = mentions;
        this.entityManager = entityManager;
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
        return new RegulatorIndex(
                entityManager.createQuery(SUMMARY + " order by r.name", RegulatorSummary.class).getResultList(),
                rules.refs());
    }

    /**
     * A regulator's page, with the {@code page}-th page of its events.
     *
     * @throws NotFoundException     when no regulator has this slug
     * @throws BadParameterException when its events have no such page
     */
    @Transactional(readOnly = true)
    public RegulatorPage regulator(String slug, int page) {
        // The regulator with the rules it issued in one query, a row per rule.
        List<Object[]> rows = entityManager.createQuery("""
                        select r.slug, r.name, r.shortName, r.chineseName, r.summary,
                               (select count(e) from Event e join e.regulators er where er = r), u.slug, u.name, u.summary
                        from Regulator r left join Rule u on u.regulator = r where r.slug = :slug order by u.name""",
                        Object[].class)
                .setParameter("slug", slug).getResultList();
        if (rows.isEmpty()) {
            throw new NotFoundException("regulator", slug);
        }
        Object[] first = rows.get(0);
        RegulatorSummary regulator = new RegulatorSummary((String) first[0], (String) first[1], (String) first[2],
                (String) first[3], (String) first[4], (Long) first[5]);
        EntityRef issuer = new EntityRef(regulator.slug(), regulator.shortName() != null ? regulator.shortName() : regulator.name());
        List<RuleRef> issued = rows.stream().filter(row -> row[6] != null)
                .map(row -> new RuleRef((String) row[6], (String) row[7], (String) row[8], issuer)).toList();
        PageWindow eventPages = PageWindow.of("/regulators/" + slug, page, regulator.events(), EventCards.PAGE_SIZE);
        EventCards.Cards events = cards.involving("regulators", slug, eventPages, ExcerptQueries.Also.about("regulator", slug));
        return new RegulatorPage(regulator, events.excerpts().about(), issued, events.cards(), eventPages,
                mentions.about("regulator", slug));
    }
}
