package org.beachhead.feed;

import jakarta.servlet.http.HttpServletRequest;
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

    FeedController(FeedService feeds) {
        this.feeds = feeds;
    }

    @GetMapping("/feed.atom")
    ResponseEntity<byte[]> site(HttpServletRequest request) {
        return atom(feeds.site(SiteUrl.of(request)));
    }

    @GetMapping("/partners/{slug}/feed.atom")
    ResponseEntity<byte[]> partner(@PathVariable String slug, HttpServletRequest request) {
        return atom(feeds.partner(slug, SiteUrl.of(request)));
    }

    private static ResponseEntity<byte[]> atom(AtomFeed feed) {
        return ResponseEntity.ok().contentType(ATOM).body(AtomFeedWriter.write(feed));
    }
}
