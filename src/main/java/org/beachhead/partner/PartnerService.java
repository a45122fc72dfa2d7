package org.beachhead.partner;

import org.beachhead.common.BadParameterException;
import org.beachhead.common.NotFoundException;
import org.beachhead.common.PageWindow;
import org.beachhead.deal.DealFilter;
import org.beachhead.deal.DealQueries;
import org.beachhead.deal.DealSummary;
import org.beachhead.source.MentionQueries;
import org.beachhead.timeline.EventCards;
import org.beachhead.timeline.EventLinkIndex;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

@Service
public class PartnerService {

    /** Deals a partner's page lists, first reported first; the deals list has them all. */
    public static final int DEALS_SHOWN = 10;

    private final PartnerQueries partners;
    private final DealQueries deals;
    private final EventCards cards;
    private final MentionQueries mentions;
    private final EventLinkIndex links;

    public PartnerService(PartnerQueries partners, DealQueries deals, EventCards cards, MentionQueries mentions,
                          EventLinkIndex links) {
        this.mentions = mentions;
        this.links = links;
        this.partners = partners;
        this.deals = deals;
        this.cards = cards;
    }

    /** Partners the partners index shows a page. */
    static final int INDEX_PAGE_SIZE = 100;

    /** A page of the partners index, with its window over the whole list. */
    public record PartnerList(List<PartnerSummary> items, PageWindow pages) {
    }

    /** Page {@code page} of the partners index, {@code size} a page; nothing is read past the end. */
    @Transactional(readOnly = true)
    public PartnerList index(int page, int size) {
        PageWindow window = new PageWindow("/partners", page, size, partners.count());
        return new PartnerList(window.pastEnd() ? List.of() : partners.summaries(window.rows()), window);
    }

    /**
     * A partner's page: the {@code page}-th page of its events, its first deals and the first sentences naming it.
     *
     * @throws NotFoundException     when no partner has this slug
     * @throws BadParameterException when its events have no such page
     */
    @Transactional(readOnly = true)
    public PartnerPage partner(String slug, int page) {
        List<PartnerQueries.PartnerAlias> head = partners.withAliases(slug);
        if (head.isEmpty()) {
            throw new NotFoundException("partner", slug);
        }
        PartnerSummary partner = head.get(0).partner();
        List<String> aliases = head.stream().map(PartnerQueries.PartnerAlias::alias).filter(Objects::nonNull).sorted()
                .toList();
        PageWindow eventPages = new PageWindow("/partners/" + slug, page, EventCards.PAGE_SIZE, partner.eventsInAnyRole())
                .existing();
        EventCards.OwnedCards events = cards.involving(EventCards.Association.PARTNER, slug, eventPages);
        List<PartnerPage.QuotedPerson> people = links.peopleInEventsOf(slug).stream()
                .map(named -> new PartnerPage.QuotedPerson(named.person().slug(), named.person().name(),
                        named.person().chineseName(), named.role(), named.events()))
                .sorted(Comparator.comparing(PartnerPage.QuotedPerson::name)).toList();
        return new PartnerPage(partner, aliases, events.about(),
                deals.summaries(DealFilter.ofPartner(slug), 0, DEALS_SHOWN, DealSummary.EVENTS_ON_CARD), events.cards(),
                eventPages, people, mentions.about("partner", slug));
    }
}
