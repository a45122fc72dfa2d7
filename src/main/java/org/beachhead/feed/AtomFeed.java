package org.beachhead.feed;

import org.beachhead.timeline.ClaimLinkRef;
import org.beachhead.timeline.EventCard;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One Atom feed: its stable id, title, when its content last changed (the corpus import), the
 * absolute URLs of itself and of the page it mirrors, and its events, newest first. Every other
 * link is made from {@code siteUrl} (the configured canonical base URL, see web.SiteUrl).
 */
public record AtomFeed(String id, String title, Instant updated, String siteUrl, String selfPath, String pagePath,
                       List<EventCard> events, Map<String, List<ClaimLinkRef>> claimLinks) {

    /** Ids are tag URIs (RFC 4151) minted under the site's name in the year the project began: they never change with the host. */
    static final String TAG_PREFIX = "tag:beachhead,2026:";

    public AtomFeed {
        events = List.copyOf(events);
        claimLinks = Map.copyOf(claimLinks);
    }
}
