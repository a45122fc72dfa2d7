package org.beachhead.partner;

import jakarta.persistence.EntityManager;
import org.beachhead.common.BadParameterException;
import org.beachhead.common.NotFoundException;
import org.beachhead.common.PageWindow;
import org.beachhead.deal.DealFilter;
import org.beachhead.deal.DealQueries;
import org.beachhead.source.ExcerptQueries;
import org.beachhead.source.MentionQueries;
import org.beachhead.timeline.EventCards;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

@Service
public class PartnerService {

    /** Deals a partner's page lists, first reported first; the deals list has them all. */
    public static final int DEALS_SHOWN = 10;

    private final EntityManager entityManager;
    private final PartnerQueries partners;
    private final DealQueries deals;
    private final EventCards cards;
    private final MentionQueries mentions;

    public PartnerService(EntityManager entityManager, PartnerQueries partners, DealQueries deals,
                          EventCards cards, MentionQueries mentions) {
        this.mentions = mentions;
        this.entityManager = entityManager;
        this.partners = partners;
        this.deals = deals;
        this.cards = cards;
    }

    @Transactional(readOnly = true)
    public List<PartnerSummary> all() {
        return partners.summaries();
    }

    /**
     * A partner's page: the {@code page}-th page of its events, its first deals and the first sentences naming it.
     *
     * @throws NotFoundException     when no partner has this slug
     * @throws BadParameterException when its events have no such page
     */
    @Transactional(readOnly = true)
    public PartnerPage partner(String slug, int page) {
        PartnerQueries.Header header = partners.header(slug).orElseThrow(() -> new NotFoundException("partner", slug));
        PageWindow eventPages = PageWindow.of("/partners/" + slug, page, header.partner().events(), EventCards.PAGE_SIZE);
        EventCards.Cards events = cards.involving("partners", slug, eventPages, ExcerptQueries.Also.about("partner", slug));
        return new PartnerPage(header.partner(), header.aliases(), events.excerpts().about(),
                deals.summaries(DealFilter.ofPartner(slug), 0, DEALS_SHOWN), events.cards(),
                eventPages, quotedPeople(slug), mentions.about("partner", slug));
    }

    /** People named in this partner's events, each with how many of them, by name. */
    private List<PartnerPage.QuotedPerson> quotedPeople(String partnerSlug) {
        return entityManager.createQuery("""
                        select new org.beachhead.partner.PartnerPage$QuotedPerson(m.slug, m.name, m.role, count(e))
                        from Event e join e.partners p join e.people m
                        where p.slug = :slug
                        group by m.slug, m.name, m.role
                        order by m.name""", PartnerPage.QuotedPerson.class)
                .setParameter("slug", partnerSlug).getResultList();
    }
}
