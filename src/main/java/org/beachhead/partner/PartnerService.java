package org.beachhead.partner;

import org.beachhead.model.Partner;
import org.beachhead.common.BadParameterException;
import org.beachhead.common.ListPage;
import org.beachhead.common.NotFoundException;
import org.beachhead.common.Slice;
import org.beachhead.deal.DealFilter;
import org.beachhead.deal.DealQueries;
import org.beachhead.deal.DealSummary;
import org.beachhead.source.ExcerptQueries;
import org.beachhead.source.MentionQueries;
import org.beachhead.timeline.EventCards;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

@Service
public class PartnerService {

    /** Deals a partner's page lists, first reported first; the deals list has them all. */
    public static final int DEALS_SHOWN = 10;

    /**
     * A partner with its events, and read with their links: the other spellings of its name and the
     * people named in its events (how many events in the first column), to keep the page within five statements.
     */
    private static final EventCards.Owner OWNER = new EventCards.Owner("Partner", "p", "partners",
            PartnerQueries.COLUMNS, PartnerQueries.EVENT_COUNT, "/partners/", """
            select cast(null as Long), 'alias', a, cast(null as String), cast(null as String)
            from Partner ap join ap.aliases a where ap.slug = :owner
            union all
            select count(qe), 'quoted', qm.slug, qm.name, qm.role
            from Event qe join qe.partners qp join qe.people qm where qp.slug = :owner
            group by qm.slug, qm.name, qm.role""");

    private final PartnerQueries partners;
    private final DealQueries deals;
    private final EventCards cards;
    private final MentionQueries mentions;

    public PartnerService(PartnerQueries partners, DealQueries deals,
                          EventCards cards, MentionQueries mentions) {
        this.mentions = mentions;
        this.partners = partners;
        this.deals = deals;
        this.cards = cards;
    }

    /** Partners the partners index shows a page. */
    static final int INDEX_PAGE_SIZE = 100;

    /**
     * The {@code page}-th page of the partners index.
     *
     * @throws org.beachhead.common.BadParameterException when the index has no such page
     */
    @Transactional(readOnly = true)
    public ListPage<PartnerSummary> index(int page) {
        return ListPage.of("/partners", page, INDEX_PAGE_SIZE, partners.count(),
                window -> partners.summaries(window.offset(), window.size()));
    }

    /**
     * At most {@code size} partners from position {@code offset} (from 0; none past the end), in the
     * index's order, with how many there are in all: for the API.
     */
    @Transactional(readOnly = true)
    public Slice<PartnerSummary> slice(long offset, int size) {
        return Slice.of(offset, size, partners.count(), partners::summaries);
    }

    /**
     * A partner's page: the {@code page}-th page of its events, its first deals and the first sentences naming it.
     *
     * @throws NotFoundException     when no partner has this slug
     * @throws BadParameterException when its events have no such page
     */
    @Transactional(readOnly = true)
    public PartnerPage partner(String slug, int page) {
        EventCards.OwnedCards owned = cards.ofOwner(OWNER, slug, page, ExcerptQueries.Also.about("partner", slug))
                .orElseThrow(() -> new NotFoundException("partner", slug));
        Map<String, List<Object[]>> alsoLinked = owned.cards().alsoLinked();
        List<String> aliases = alsoLinked.getOrDefault("alias", List.of()).stream()
                .map(row -> (String) row[2]).sorted().toList();
        List<PartnerPage.QuotedPerson> people = alsoLinked.getOrDefault("quoted", List.of()).stream()
                .map(row -> new PartnerPage.QuotedPerson((String) row[2], (String) row[3], (String) row[4], (Long) row[0]))
                .sorted(Comparator.comparing(PartnerPage.QuotedPerson::name)).toList();
        return new PartnerPage(PartnerQueries.summaryOf(owned.header()), aliases, owned.cards().excerpts().about(),
                deals.summaries(DealFilter.ofPartner(slug), 0, DEALS_SHOWN, DealSummary.EVENTS_ON_CARD), owned.cards().cards(),
                owned.window(), people, mentions.about("partner", slug));
    }
}
