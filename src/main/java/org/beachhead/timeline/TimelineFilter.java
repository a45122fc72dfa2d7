package org.beachhead.timeline;

import org.beachhead.model.EventKind;
import org.beachhead.common.BadParameterException;
import org.beachhead.common.QueryParameters;
import org.springframework.web.util.UriComponentsBuilder;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The timeline's filters, read from and written back to the query string, so that every filtered
 * view is a link someone can cite. Partners and kinds are alternatives (any of them matches);
 * {@code from} and {@code to} are inclusive years.
 */
public record TimelineFilter(List<String> partners, List<EventKind> kinds, Integer from, Integer to,
                             boolean newestFirst) {

    public static final TimelineFilter NONE = new TimelineFilter(List.of(), List.of(), null, null, false);

    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    public TimelineFilter {
        partners = List.copyOf(partners);
        kinds = List.copyOf(kinds);
    }

    /**
     * Reads the query parameters; each of {@code partner} and {@code kind} may be repeated or
     * comma-separated.
     *
     * @throws BadParameterException naming the parameter and what is wrong with it
     */
    public static TimelineFilter parse(List<String> partner, List<String> kind, String from, String to, String order) {
        List<String> partners = QueryParameters.slugs("partner", partner);
        List<EventKind> kinds = QueryParameters.codes("kind", kind, EventKind.class);
        Integer fromYear = year("from", from);
        Integer toYear = year("to", to);
        if (fromYear != null && toYear != null && fromYear > toYear) {
            throw new BadParameterException("from", "error.parameter.from-after-to", fromYear.toString(), toYear.toString());
        }
        boolean newestFirst = switch (order == null || order.isBlank() ? "oldest" : order.strip()) {
            case "oldest" -> false;
            case "newest" -> true;
            default -> throw new BadParameterException("order", "error.parameter.order", QueryParameters.abbreviated(order));
        };
        return new TimelineFilter(partners, kinds, fromYear, toYear, newestFirst);
    }

    public boolean isEmpty() {
        return partners.isEmpty() && kinds.isEmpty() && from == null && to == null;
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
        return new TimelineFilter(toggle(partners, slug), kinds, from, to, newestFirst);
    }

    public TimelineFilter toggleKind(EventKind kind) {
        return new TimelineFilter(partners, toggle(kinds, kind), from, to, newestFirst);
    }

    public TimelineFilter withoutFrom() {
        return new TimelineFilter(partners, kinds, null, to, newestFirst);
    }

    public TimelineFilter withoutTo() {
        return new TimelineFilter(partners, kinds, from, null, newestFirst);
    }

    public TimelineFilter withNewestFirst(boolean newest) {
        return new TimelineFilter(partners, kinds, from, to, newest);
    }

    /** The same filter with no partner restriction, for counting events per partner (facets). */
    public TimelineFilter withoutPartners() {
        return new TimelineFilter(List.of(), kinds, from, to, newestFirst);
    }

    public TimelineFilter withoutKinds() {
        return new TimelineFilter(partners, List.of(), from, to, newestFirst);
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

    private static Integer year(String parameter, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!YEAR.matcher(value.strip()).matches()) {
            throw new BadParameterException(parameter, "error.parameter.year", QueryParameters.abbreviated(value), parameter);
        }
        return Integer.valueOf(value.strip());
    }
}
