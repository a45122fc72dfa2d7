package org.beachhead.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.web.context.request.ServletWebRequest;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The caching headers of one representation, and whether a conditional request already has it. */
record Validators(String entityTag, Instant lastModified, String cacheControl, List<String> vary) {

    /**
     * RFC 9110 §13.2.2, as Spring decides it: If-None-Match when present (compared weakly), else
     * If-Modified-Since. {@code *} never matches here: this is decided before the handler knows whether
     * the resource exists, and an unknown slug must stay a 404 ({@link #anyRepresentation}).
     */
    boolean satisfiedBy(HttpServletRequest request) {
        return new ServletWebRequest(request).checkNotModified(entityTag, lastModified.toEpochMilli());
    }

    /** {@code If-None-Match: *}: the client wants no representation at all if the resource has one (RFC 9110 §13.1.2). */
    static boolean anyRepresentation(HttpServletRequest request) {
        return Collections.list(request.getHeaders(HttpHeaders.IF_NONE_MATCH)).stream()
                .anyMatch(value -> "*".equals(value.strip()));
    }

    /** Sets the headers a handler has not set itself; Vary values are added to any already there. */
    void applyTo(HttpServletResponse response) {
        if (!response.containsHeader(HttpHeaders.ETAG)) {
            response.setHeader(HttpHeaders.ETAG, entityTag);
        }
        if (!response.containsHeader(HttpHeaders.LAST_MODIFIED)) {
            response.setDateHeader(HttpHeaders.LAST_MODIFIED, lastModified.toEpochMilli());
        }
        if (!response.containsHeader(HttpHeaders.CACHE_CONTROL)) {
            response.setHeader(HttpHeaders.CACHE_CONTROL, cacheControl);
        }
        Set<String> names = new LinkedHashSet<>();
        response.getHeaders(HttpHeaders.VARY).forEach(header -> List.of(header.split(",")).forEach(name -> names.add(name.strip())));
        names.addAll(vary);
        response.setHeader(HttpHeaders.VARY, String.join(", ", names));
    }
}
