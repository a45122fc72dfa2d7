package org.beachhead.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A filter form submitted without its script sends every field, the empty ones and the defaults too
 * ({@code ?partner=wasu&from=&to=&order=oldest}); such an address redirects to the clean one the
 * pages link to, so that what a reader copies is what the site would cite.
 */
@Component
class CleanFilterAddresses extends OncePerRequestFilter {

    private static final Set<String> FILTER_PAGES = Set.of("/", "/timeline", "/timeline/chart", "/deals");
    /** Parameters at their default value, dropped when given once (twice is a 400 of its own). */
    private static final Set<String> DEFAULTS = Set.of("order=oldest", "page=1", "view=full", "view=cards");

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"GET".equals(request.getMethod()) || request.getQueryString() == null
                || !FILTER_PAGES.contains(request.getRequestURI());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        List<String> pairs = Arrays.asList(request.getQueryString().split("&"));
        Map<String, Long> times = pairs.stream().collect(Collectors.groupingBy(CleanFilterAddresses::name, Collectors.counting()));
        List<String> kept = pairs.stream()
                .filter(pair -> !pair.isEmpty() && !pair.endsWith("=") && pair.contains("="))
                .filter(pair -> !(DEFAULTS.contains(pair) && times.get(name(pair)) == 1))
                .toList();
        if (kept.size() == pairs.size()) {
            chain.doFilter(request, response);
            return;
        }
        response.sendRedirect(request.getRequestURI() + (kept.isEmpty() ? "" : "?" + String.join("&", kept)));
    }

    private static String name(String pair) {
        int equals = pair.indexOf('=');
        return equals < 0 ? pair : pair.substring(0, equals);
    }
}
