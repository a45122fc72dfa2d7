package org.beachhead.feed;

import org.beachhead.web.SiteUrl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@Controller
class FeedController {

    private static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");

    private final FeedService feeds;
    private final SiteUrl siteUrl;

    FeedController(FeedService feeds, SiteUrl siteUrl) {
        this.feeds = feeds;
        this.siteUrl = siteUrl;
    }

    @GetMapping("/feed.atom")
    ResponseEntity<byte[]> site() {
        return atom(feeds.site(siteUrl.base()));
    }

    @GetMapping("/partners/{slug}/feed.atom")
    ResponseEntity<byte[]> partner(@PathVariable String slug) {
        return atom(feeds.partner(slug, siteUrl.base()));
    }

    private static ResponseEntity<byte[]> atom(AtomFeed feed) {
        return ResponseEntity.ok().contentType(ATOM).body(AtomFeedWriter.write(feed));
    }
}
