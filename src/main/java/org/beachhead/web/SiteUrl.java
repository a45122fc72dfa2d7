package org.beachhead.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.net.URI;

/**
 * The app's canonical absolute base URL, for links that must stand alone (feeds, citations, the
 * OpenAPI document). Configured ({@code beachhead.site.base-url}), never taken from the request:
 * a forged Host header must not reach a link, let alone one kept for later visitors.
 */
@Component
public class SiteUrl {

    private final String base;

    SiteUrl(@Value("${beachhead.site.base-url}") String configured) {
        this.base = checked(configured);
    }

    /** Scheme, host, port and any context path, without a trailing slash. */
    public String base() {
        return base;
    }

    /** Refuses at start-up what would make broken links: not http(s), no host, or a query or fragment. */
    static String checked(String configured) {
        String trimmed = configured.strip().replaceAll("/+$", "");
        URI uri;
        try {
            uri = URI.create(trimmed);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("beachhead.site.base-url is not a URL: '" + configured + "'", e);
        }
        if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null
                || uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw new IllegalArgumentException("beachhead.site.base-url must be an absolute http(s) URL without query "
                    + "or fragment, such as https://beachhead.example, not '" + configured + "'");
        }
        return trimmed;
    }
}
