package org.beachhead.feed;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.HandlerMapping;

import java.util.Map;

/**
 * A partner's page advertises that partner's feed in its head (the layout shows the site feed on
 * every page). Decided here, by the matched route, so the partner feature needs no change.
 */
@ControllerAdvice
class FeedLinks {

    private static final String PARTNER_PAGE = "/partners/{slug}";

    /** The partner feed's path on a partner's page, null elsewhere. */
    @ModelAttribute("partnerFeed")
    String partnerFeed(HttpServletRequest request) {
        if (!PARTNER_PAGE.equals(request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE))) {
            return null;
        }
        @SuppressWarnings("unchecked")
        Map<String, String> variables = (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        return "/partners/" + variables.get("slug") + "/feed.atom";
    }
}
