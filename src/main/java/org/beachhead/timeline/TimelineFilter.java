package org.beachhead.timeline;

import org.beachhead.model.Certainty;
import org.beachhead.model.EventKind;
import org.beachhead.common.BadParameterException;
import org.beachhead.common.QueryParameters.Codes;
import org.beachhead.common.QueryParameters.Order;
import org.beachhead.common.QueryParameters.Slugs;
import org.springframework.web.util.UriComponentsBuilder;

import java.time.Year;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The timeline's filters, read from and written back to the query string, so that every filtered
 * view is a link someone can cite. Partners, kinds and certainties are alternatives (any of them
 * matches); {@code from} and {@code to} are inclusive years.
 */
public record TimelineFilter(List<String> partners, List<EventKind> kinds, List<Certainty> certainties, Integer from,
                             Integer to, boolean newestFirst) {

    public static final TimelineFilter NONE = new TimelineFilter(List.of(), List.of(), null, null, false);

    public TimelineFilter {
        partners = List.copyOf(partners);
        kinds = List.copyOf(kinds);
        certainties = List.copyOf(certainties);
    }

    /** A filter of any certainty. */
    public TimelineFilter(List<String> partners, List<EventKind> kinds, Integer from, Integer to, boolean newestFirst) {
        this(partners, kinds, List.of(), from, to, newestFirst);
    }

    /**
     * The filter of the query parameters (each absent one null).
     *
     * @throws BadParameterException naming {@code from} when it is after {@code to}
     */
    public static TimelineFilter of(Slugs partner, Codes<EventKind> kind, Codes<Certainty> certainty, Year from, Year to,
                                    Order order) {
        if (from != null && to != null && from.isAfter(to)) {
            throw new BadParameterException("from", "error.parameter.from-after-to", from.toString(), to.toString());
        }
        return new TimelineFilter(partner == null ? List.of() : partner.values(), kind == null ? List.of() : kind.values(),
                certainty == null ? List.of() : certainty.values(), from == null ? null : from.getValue(),
                to == null ? null : to.getValue(), order != null && order.newestFirst());
    }

    public boolean isEmpty() {
        return partners.isEmpty() && kinds.isEmpty() && certainties.isEmpty() && from == null && to == null;
    }

    /** This filter as a link to the timeline. */
    public String href() {
        return href("/timeline");
    }

    /** This filter as a link to another view of the same events, such as the {@code /timeline.csv} download. */
    public String href(String path) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path);
        partners.forEach(slug -> uri.queryParam("partner", slug));
        kinds.forEach(kind -> uri.queryParam("kind", kind.code()));
        certainties.forEach(certainty -> uri.queryParam("certainty", certainty.code()));
        if (from != null) {
            uri.queryParam("from", from);
        }
        if (to != null) {
            uri.queryParam("to", to);
        }
        if (newestFirst) {
            uri.queryParam("order", "newest");
        }
        return uri.encode().build().toUriString();
    }

    public TimelineFilter togglePartner(String slug) {
        return new TimelineFilter(toggle(partners, slug), kinds, certainties, from, to, newestFirst);
    }

    public TimelineFilter toggleKind(EventKind kind) {
        return new TimelineFilter(partners, toggle(kinds, kind), certainties, from, to, newestFirst);
    }

    public TimelineFilter toggleCertainty(Certainty certainty) {
        return new TimelineFilter(partners, kinds, toggle(certainties, certainty), from, to, newestFirst);
    }

    public TimelineFilter withoutFrom() {
        return new TimelineFilter(partners, kinds, certainties, null, to, newestFirst);
    }

    public TimelineFilter withoutTo() {
        return new TimelineFilter(partners, kinds, certainties, from, null, newestFirst);
    }

    public TimelineFilter withNewestFirst(boolean newest) {
        return new TimelineFilter(partners, kinds, certainties, from, to, newest);
    }

    /** The same filter with no partner restriction, for counting events per partner (facets). */
    public TimelineFilter withoutPartners() {
        return new TimelineFilter(List.of(), kinds, certainties, from, to, newestFirst);
    }

    public TimelineFilter withoutKinds() {
        return new TimelineFilter(partners, List.of(), certainties, from, to, newestFirst);
    }

    public TimelineFilter cleared() {
        return NONE.withNewestFirst(newestFirst);
    }

    private static <T> List<T> toggle(List<T> values, T value) {
        Set<T> result = new LinkedHashSet<>(values);
        if (!result.remove(value)) {
            result.add(value);
        }
        return List.copyOf(result);
    }
}
