package org.beachhead.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The caching headers of one representation, and whether a conditional request already has it. */
record Validators(String entityTag, Instant lastModified, String cacheControl, List<String> vary) {

    /**
     * RFC 9110 §13.2.2: If-None-Match decides when present (any listed tag, compared weakly); only
     * without it does If-Modified-Since count. {@code *} ("any representation") never matches here:
     * this is decided before the handler knows whether the resource exists, and an unknown slug
     * must stay a 404, so such a request simply gets the full answer.
     */
    boolean satisfiedBy(HttpServletRequest request) {
        List<String> noneMatch = Collections.list(request.getHeaders(HttpHeaders.IF_NONE_MATCH));
        if (!noneMatch.isEmpty()) {
            return noneMatch.stream().flatMap(header -> List.of(header.split(",")).stream()).map(String::strip)
                    .anyMatch(tag -> withoutWeakPrefix(tag).equals(entityTag));
        }
        long modifiedSince = modifiedSince(request);
        return modifiedSince >= 0 && lastModified.toEpochMilli() <= modifiedSince;
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

    private static String withoutWeakPrefix(String tag) {
        return tag.startsWith("W/") ? tag.substring(2) : tag;
    }

    /** The If-Modified-Since date in milliseconds, or -1 when absent or unreadable (then it is ignored, as the RFC says). */
    private static long modifiedSince(HttpServletRequest request) {
        try {
            return request.getDateHeader(HttpHeaders.IF_MODIFIED_SINCE);
        } catch (IllegalArgumentException unreadable) {
            return -1;
        }
    }
}
