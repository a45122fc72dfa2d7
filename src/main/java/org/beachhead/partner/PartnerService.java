package org.beachhead.partner;

import jakarta.persistence.EntityManager;
import org.beachhead.common.NotFoundException;
import org.beachhead.deal.DealFilter;
import org.beachhead.deal.DealQueries;
import org.beachhead.source.ExcerptQueries;
import org.beachhead.source.MentionQueries;
import org.beachhead.timeline.EventCards;
import org.beachhead.timeline.EventQueries;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

@Service
public class PartnerService {

    private final EntityManager entityManager;
    private final PartnerQueries partners;
    private final DealQueries deals;
    private final EventQueries events;
    private final EventCards cards;
    private final ExcerptQueries excerpts;
    private final MentionQueries mentions;

    public PartnerService(EntityManager entityManager, PartnerQueries partners, DealQueries deals,
                          EventQueries events, EventCards cards, ExcerptQueries excerpts, MentionQueries mentions) {
        this.excerpts = excerpts;
        this.mentions = mentions;
        this.entityManager = entityManager;
        this.partners = partners;
        this.deals = deals;
        this.events = events;
        this.cards = cards;
    }

    @Transactional(readOnly = true)
    public List<PartnerSummary> all() {
        return partners.summaries();
    }

    /** @throws NotFoundException when no partner has this slug */
    @Transactional(readOnly = true)
    public PartnerPage partner(String slug) {
        PartnerSummary partner = partners.summary(slug).orElseThrow(() -> new NotFoundException("partner", slug));
        List<String> aliases = entityManager.createQuery(
                        "select a from Partner p join p.aliases a where p.slug = :slug order by a", String.class)
                .setParameter("slug", slug).getResultList();
        return new PartnerPage(partner, aliases, excerpts.aboutPartner(slug), deals.summaries(DealFilter.ofPartner(slug)),
                cards.forIds(events.idsInvolving("partners", slug)), quotedPeople(slug), mentions.about("partner", slug));
    }

    /** People named in this partner's events, with the events they appear in (oldest first). */
    private List<PartnerPage.QuotedPerson> quotedPeople(String partnerSlug) {
        Map<String, PartnerPage.QuotedPerson> people = new LinkedHashMap<>();
        entityManager.createQuery("""
                        select m.slug, m.name, m.role, e.slug from Event e join e.partners p join e.people m
                        where p.slug = :slug
                        order by m.name, e.date.year, coalesce(e.date.month, 0), coalesce(e.date.day, 0)""", Object[].class)
                .setParameter("slug", partnerSlug).getResultList()
                .forEach(row -> people.computeIfAbsent((String) row[0], key -> new PartnerPage.QuotedPerson(
                        (String) row[0], (String) row[1], (String) row[2], new ArrayList<>())).eventSlugs().add((String) row[3]));
        return List.copyOf(people.values());
    }
}
