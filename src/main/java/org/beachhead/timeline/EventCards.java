package org.beachhead.timeline;

import org.beachhead.common.EntityRef;
import org.beachhead.common.PageWindow;
import org.beachhead.model.ExcerptPurpose;
import org.beachhead.source.EventExcerpt;
import org.beachhead.source.ExcerptQueries;
import org.beachhead.source.ExcerptView;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Turns a page of event rows into {@link EventCard}s with a fixed number of queries however many events
 * there are: the rows and their excerpts; their links come from {@link EventLinkIndex}. Every page that
 * lists events goes through here.
 */
@Component
public class EventCards {

    /** Events a page of a partner, title, regulator, person or deal lists at a time; the timeline shows more. */
    public static final int PAGE_SIZE = 50;

    private static final List<ExcerptPurpose> EVIDENCE = List.of(ExcerptPurpose.EVIDENCE);
    private static final List<ExcerptPurpose> EVIDENCE_AND_DATING = List.of(ExcerptPurpose.EVIDENCE, ExcerptPurpose.DATING);

    /** Whose events an entity page lists: the collection of the event that names its owner. */
    public enum Association {
        PARTNER, TITLE, REGULATOR, PERSON
    }

    /** One page of an owner's event cards, and (partners and regulators) the excerpts that say what the owner is. */
    public record OwnedCards(List<EventCard> cards, List<ExcerptView> about) {
    }

    private final EventRows rows;
    private final ExcerptQueries excerpts;
    private final EventLinkIndex links;

    EventCards(EventRows rows, ExcerptQueries excerpts, EventLinkIndex links) {
        this.rows = rows;
        this.excerpts = excerpts;
        this.links = links;
    }

    /** Cards of every event the filter matches, in its order. Call inside a read-only transaction. */
    public List<EventCard> matching(TimelineFilter filter) {
        return cards(rows.matching(filter, Pageable.unpaged()), this::evidence);
    }

    /** One page of {@link #matching(TimelineFilter)}. */
    public List<EventCard> matching(TimelineFilter filter, Pageable page) {
        return cards(rows.matching(filter, page), this::evidence);
    }

    /** One page of a deal's event cards, oldest first. */
    public List<EventCard> ofDeal(String dealSlug, PageWindow window) {
        return cards(rows.ofDeal(dealSlug, window.rows()), this::evidence);
    }

    /**
     * One page of the cards of a partner's, title's, regulator's or person's events, oldest first; a
     * partner's or regulator's description is read with their excerpts.
     */
    public OwnedCards involving(Association owner, String slug, PageWindow window) {
        Pageable page = window.rows();
        List<EventRow> events = switch (owner) {
            case PARTNER -> {
                List<Long> ids = links.eventsOfPartner(slug);
                yield inOrderOf(ids.subList((int) Math.min(page.getOffset(), ids.size()),
                        (int) Math.min(page.getOffset() + page.getPageSize(), ids.size())));
            }
            case TITLE -> rows.ofTitle(slug, page);
            case REGULATOR -> rows.ofRegulator(slug, page);
            case PERSON -> rows.ofPerson(slug, page);
        };
        List<ExcerptView> about = (switch (owner) {
            case PARTNER -> excerpts.aboutPartner(slug);
            case REGULATOR -> excerpts.aboutRegulator(slug);
            default -> List.<EventExcerpt>of();
        }).stream().map(EventExcerpt::view).toList();
        return new OwnedCards(cards(events, this::evidence), about);
    }

    /** The card of one event and the words that date it (null when none); empty when no event has this slug. */
    Optional<DatedCard> bySlug(String slug) {
        return rows.bySlug(slug).map(row -> {
            List<ExcerptView> dating = new ArrayList<>();
            EventCard card = cards(List.of(row), ids -> {
                List<EventExcerpt> read = excerpts.ofEvents(ids, EVIDENCE_AND_DATING);
                read.stream().filter(excerpt -> excerpt.purpose() == ExcerptPurpose.DATING).map(EventExcerpt::view)
                        .forEach(dating::add);
                return read;
            }).get(0);
            return new DatedCard(card, dating.isEmpty() ? null : dating.get(0));
        });
    }

    record DatedCard(EventCard card, ExcerptView dateExcerpt) {
    }

    /**
     * The claims linked to these events, by event slug: one statement, for the exports and feeds, which
     * carry the links; pages read them only on an event's own page.
     */
    public Map<String, List<ClaimLinkRef>> claimLinks(List<EventCard> cards) {
        if (cards.isEmpty()) {
            return Map.of();
        }
        Map<Long, String> slugs = new HashMap<>();
        cards.forEach(card -> slugs.put(card.id(), card.slug()));
        Map<String, List<ClaimLinkRef>> links = new HashMap<>();
        rows.claimLinks(slugs.keySet()).forEach(link ->
                links.computeIfAbsent(slugs.get(link.eventId()), slug -> new ArrayList<>()).add(link));
        return links;
    }

    /** The cards of the events with these slugs, in the order of the slugs given; unknown slugs are left out. */
    public List<EventCard> bySlugs(List<String> slugs) {
        if (slugs.isEmpty()) {
            return List.of();
        }
        Map<String, EventCard> bySlug = new HashMap<>();
        cards(rows.bySlugs(slugs), this::evidence).forEach(card -> bySlug.put(card.slug(), card));
        return slugs.stream().map(bySlug::get).filter(Objects::nonNull).toList();
    }

    /** The rows of these events, in the order given. */
    private List<EventRow> inOrderOf(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, EventRow> byId = new HashMap<>();
        rows.byIds(ids).forEach(row -> byId.put(row.id(), row));
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    private List<EventExcerpt> evidence(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : excerpts.ofEvents(ids, EVIDENCE);
    }

    /** Cards for these rows, in their order: their links (from {@link EventLinkIndex}) and their excerpts as {@code excerpts} reads them. */
    private List<EventCard> cards(List<EventRow> events, Function<List<Long>, List<EventExcerpt>> excerpts) {
        List<Long> ids = events.stream().map(EventRow::id).toList();
        Map<Long, List<ExcerptView>> evidence = new HashMap<>();
        excerpts.apply(ids).stream().filter(excerpt -> excerpt.purpose() == ExcerptPurpose.EVIDENCE)
                .forEach(excerpt -> evidence.computeIfAbsent(excerpt.eventId(), id -> new ArrayList<>()).add(excerpt.view()));
        if (ids.isEmpty()) {
            return List.of();
        }
        List<EventCard> cards = new ArrayList<>(events.size());
        for (EventRow row : events) {
            long id = row.id();
            EventLinkIndex.Involved involved = links.of(id);
            cards.add(new EventCard(id, row.slug(), row.kind(), row.headline(), row.date(), row.datedBy(), row.dateNote(),
                    row.claim(), row.dealSlug() == null ? null : new EntityRef(row.dealSlug(), row.dealName(), row.dealChineseName()),
                    involved.partners(), involved.others(), involved.titles(), involved.regulators(), involved.people(),
                    evidence.getOrDefault(id, List.of())));
        }
        return cards;
    }
}
