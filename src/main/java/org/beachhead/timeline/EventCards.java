package org.beachhead.timeline;

import org.beachhead.common.EntityRef;
import org.beachhead.common.PageWindow;
import org.beachhead.model.ExcerptPurpose;
import org.beachhead.model.Role;
import org.beachhead.source.EventExcerpt;
import org.beachhead.source.ExcerptQueries;
import org.beachhead.source.ExcerptView;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Turns a page of event rows into {@link EventCard}s with a fixed number of queries however many events
 * there are: the rows, one query per kind of link (partners, titles, regulators, people), and the
 * excerpts. Every page that lists events goes through here.
 */
@Component
public class EventCards {

    /** Events a page of a partner, title, regulator, person or deal lists at a time; the timeline shows more. */
    public static final int PAGE_SIZE = 50;

    private static final List<ExcerptPurpose> EVIDENCE = List.of(ExcerptPurpose.EVIDENCE);
    private static final List<ExcerptPurpose> EVIDENCE_AND_DATING = List.of(ExcerptPurpose.EVIDENCE, ExcerptPurpose.DATING);
    private static final Comparator<EntityRef> BY_NAME = Comparator.comparing(ref -> ref.name().toLowerCase());

    /** Whose events an entity page lists: the collection of the event that names its owner. */
    public enum Association {
        PARTNER, TITLE, REGULATOR, PERSON
    }

    /** One page of an owner's event cards, and (partners and regulators) the excerpts that say what the owner is. */
    public record OwnedCards(List<EventCard> cards, List<ExcerptView> about) {
    }

    private final EventRows rows;
    private final ExcerptQueries excerpts;

    EventCards(EventRows rows, ExcerptQueries excerpts) {
        this.rows = rows;
        this.excerpts = excerpts;
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
            case PARTNER -> rows.ofPartner(slug, page);
            case TITLE -> rows.ofTitle(slug, page);
            case REGULATOR -> rows.ofRegulator(slug, page);
            case PERSON -> rows.ofPerson(slug, page);
        };
        List<ExcerptView> about = new ArrayList<>();
        List<EventCard> cards = cards(events, ids -> {
            List<EventExcerpt> read = switch (owner) {
                case PARTNER -> excerpts.ofEventsAndAboutPartner(ids, EVIDENCE, slug);
                case REGULATOR -> excerpts.ofEventsAndAboutRegulator(ids, EVIDENCE, slug);
                default -> evidence(ids);
            };
            read.stream().filter(excerpt -> excerpt.eventId() == null).map(EventExcerpt::view).forEach(about::add);
            return read;
        });
        return new OwnedCards(cards, about);
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

    private List<EventExcerpt> evidence(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : excerpts.ofEvents(ids, EVIDENCE);
    }

    /** Cards for these rows, in their order: their links (one statement) and their excerpts as {@code excerpts} reads them. */
    private List<EventCard> cards(List<EventRow> events, Function<List<Long>, List<EventExcerpt>> excerpts) {
        List<Long> ids = events.stream().map(EventRow::id).toList();
        Map<Long, List<ExcerptView>> evidence = new HashMap<>();
        excerpts.apply(ids).stream().filter(excerpt -> excerpt.purpose() == ExcerptPurpose.EVIDENCE)
                .forEach(excerpt -> evidence.computeIfAbsent(excerpt.eventId(), id -> new ArrayList<>()).add(excerpt.view()));
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<EventLink.Kind, List<EventLink>> links = rows.linksOf(ids).stream()
                .collect(Collectors.groupingBy(EventLink::kind, () -> new EnumMap<>(EventLink.Kind.class), Collectors.toList()));
        Map<Long, List<EntityRef>> partners = byEvent(links.get(EventLink.Kind.PARTNER));
        Map<Long, List<EntityRef>> titles = byEvent(links.get(EventLink.Kind.TITLE));
        Map<Long, List<EntityRef>> regulators = byEvent(links.get(EventLink.Kind.REGULATOR));
        Map<Long, List<EntityRef>> people = byEvent(links.get(EventLink.Kind.PERSON));
        Map<Long, List<RoleRef>> others = new HashMap<>();
        for (Role role : List.of(Role.BACKER, Role.RIVAL, Role.SUPPLIER, Role.MENTIONED)) {
            byEvent(links.get(EventLink.Kind.valueOf(role.name()))).forEach((id, refs) -> refs.forEach(ref ->
                    others.computeIfAbsent(id, key -> new ArrayList<>()).add(new RoleRef(ref, role))));
        }
        List<EventCard> cards = new ArrayList<>(events.size());
        for (EventRow row : events) {
            long id = row.id();
            cards.add(new EventCard(id, row.slug(), row.kind(), row.headline(), row.date(), row.datedBy(), row.dateNote(),
                    row.claim(), row.dealSlug() == null ? null : new EntityRef(row.dealSlug(), row.dealName(), row.dealChineseName()),
                    partners.getOrDefault(id, List.of()), others.getOrDefault(id, List.of()), titles.getOrDefault(id, List.of()),
                    regulators.getOrDefault(id, List.of()), people.getOrDefault(id, List.of()),
                    evidence.getOrDefault(id, List.of())));
        }
        return cards;
    }

    /** Links by event, each event's sorted by name ignoring case. */
    private static Map<Long, List<EntityRef>> byEvent(List<EventLink> links) {
        Map<Long, List<EntityRef>> byEvent = new HashMap<>();
        if (links == null) {
            return byEvent;
        }
        links.forEach(link -> byEvent.computeIfAbsent(link.eventId(), id -> new ArrayList<>()).add(link.ref()));
        byEvent.replaceAll((id, refs) -> refs.stream().sorted(BY_NAME).toList());
        return byEvent;
    }
}
