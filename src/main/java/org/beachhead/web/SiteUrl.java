package org.beachhead.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The app's absolute base URL as the client addressed it, for links that must stand alone (feeds, citations). */
public final class SiteUrl {

    private SiteUrl() {
    }

    /** Scheme, host, port and context path, without a trailing slash. */
    public static String of(HttpServletRequest request) {
        return ServletUriComponentsBuilder.fromContextPath(request).build().toUriString();
    }
}
