package org.beachhead.feed;

import org.beachhead.common.NotFoundException;
import org.beachhead.partner.PartnerQueries;
import org.beachhead.partner.PartnerSummary;
import org.beachhead.timeline.EventCard;
import org.beachhead.timeline.EventCards;
import org.beachhead.timeline.TimelineFilter;
import org.beachhead.web.CorpusVersionHolder;
import org.beachhead.web.LoadedCorpus;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.List;

/** The feeds hold the newest of what the timeline shows for the same filter, newest first. */
@Service
public class FeedService {

    private final EventCards cards;
    private final PartnerQueries partners;
    private final CorpusVersionHolder versions;

    /** Entries a feed carries: the newest, as a reader polls for what is new and a corpus's whole history would grow without end. */
    static final int ENTRIES = 100;

    public FeedService(EventCards cards, PartnerQueries partners, CorpusVersionHolder versions) {
        this.cards = cards;
        this.partners = partners;
        this.versions = versions;
    }

    @Transactional(readOnly = true)
    public AtomFeed site(String siteUrl) {
        List<EventCard> events = cards.matching(newestFirst(List.of()), PageRequest.of(0, ENTRIES));
        return new AtomFeed(AtomFeed.TAG_PREFIX + "feed", "Beachhead: Netflix and China, from the sources", updated(),
                siteUrl, "/feed.atom", "/timeline?order=newest", events, cards.claimLinks(events));
    }

    /** @throws NotFoundException when no partner has this slug */
    @Transactional(readOnly = true)
    public AtomFeed partner(String slug, String siteUrl) {
        PartnerSummary partner = partners.summary(slug).orElseThrow(() -> new NotFoundException("partner", slug));
        List<EventCard> events = cards.matching(newestFirst(List.of(slug)), PageRequest.of(0, ENTRIES));
        return new AtomFeed(AtomFeed.TAG_PREFIX + "partners/" + slug + "/feed", "Beachhead: " + partner.name(), updated(),
                siteUrl, "/partners/" + slug + "/feed.atom", "/partners/" + slug, events, cards.claimLinks(events));
    }

    private static TimelineFilter newestFirst(List<String> partners) {
        return new TimelineFilter(partners, List.of(), null, null, true);
    }

    private Instant updated() {
        return versions.corpus().map(LoadedCorpus::importedAt)
                .orElseThrow(() -> new IllegalStateException("no corpus is loaded, so there is nothing to publish"));
    }
}
