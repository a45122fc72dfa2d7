package org.beachhead.search;

import org.beachhead.common.BadParameterException;
import org.beachhead.common.Coded;
import org.springframework.web.util.UriComponentsBuilder;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A search as asked: the query and the facet filters (kinds, partners, years; several values of one
 * filter match any of them).
 */
public record SearchRequest(String query, List<ResultKind> kinds, List<String> partners, List<String> years) {

    /** Longer queries are refused: nobody types them, and they would only cost time. */
    public static final int MAX_LENGTH = SearchQuery.MAX_LENGTH;

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    public SearchRequest {
        query = query.strip();
        kinds = List.copyOf(kinds);
        partners = List.copyOf(partners);
        years = List.copyOf(years);
    }

    public static SearchRequest of(String query) {
        return new SearchRequest(query, List.of(), List.of(), List.of());
    }

    /**
     * Reads the parameters of {@code /search} and {@code /api/v1/search}.
     *
     * @throws BadParameterException naming the parameter: a query too long, an unknown kind, a malformed slug or year
     */
    public static SearchRequest parse(String query, List<String> kinds, List<String> partners, List<String> years) {
        String text = query == null ? "" : query;
        if (text.length() > MAX_LENGTH) {
            throw new BadParameterException("q", "error.parameter.too-long", String.valueOf(MAX_LENGTH),
                    String.valueOf(text.length()));
        }
        List<ResultKind> kindList = new ArrayList<>();
        for (String code : values(kinds)) {
            ResultKind kind = Coded.fromCode(ResultKind.class, code).orElseThrow(() ->
                    new BadParameterException("kind", "error.parameter.code", code, Coded.codes(ResultKind.class)));
            if (!kindList.contains(kind)) {
                kindList.add(kind);
            }
        }
        List<String> partnerList = values(partners);
        partnerList.stream().filter(slug -> !SLUG.matcher(slug).matches()).findFirst().ifPresent(slug -> {
            throw new BadParameterException("partner", "error.parameter.slug", slug);
        });
        List<String> yearList = values(years);
        yearList.stream().filter(year -> !YEAR.matcher(year).matches()).findFirst().ifPresent(year -> {
            throw new BadParameterException("year", "error.parameter.year", year, "year");
        });
        return new SearchRequest(text, kindList, partnerList, yearList);
    }

    public boolean blank() {
        return query.isEmpty();
    }

    public boolean filtered() {
        return !kinds.isEmpty() || !partners.isEmpty() || !years.isEmpty();
    }

    /** The same search with {@code value} of {@code parameter} added, or removed when it is already there. */
    public String toggling(String parameter, String value) {
        List<String> kindCodes = kinds.stream().map(ResultKind::code).toList();
        return href(toggled(kindCodes, "kind".equals(parameter), value),
                toggled(partners, "partner".equals(parameter), value),
                toggled(years, "year".equals(parameter), value), query);
    }

    /** The same filters for another query (a suggested spelling). */
    public String withQuery(String other) {
        return href(kinds.stream().map(ResultKind::code).toList(), partners, years, other);
    }

    private static String href(List<String> kinds, List<String> partners, List<String> years, String query) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/search").queryParam("q", query);
        kinds.forEach(kind -> uri.queryParam("kind", kind));
        partners.forEach(partner -> uri.queryParam("partner", partner));
        years.forEach(year -> uri.queryParam("year", year));
        return uri.encode().build().toUriString();
    }

    private static List<String> toggled(List<String> values, boolean applies, String value) {
        if (!applies) {
            return values;
        }
        List<String> result = new ArrayList<>(values);
        if (!result.remove(value)) {
            result.add(value);
        }
        return result;
    }

    /** Repeated or comma-separated values, as the timeline's filters take them. */
    private static List<String> values(List<String> raw) {
        List<String> values = new ArrayList<>();
        if (raw != null) {
            for (String item : raw) {
                for (String value : item.split(",")) {
                    if (!value.isBlank() && !values.contains(value.strip())) {
                        values.add(value.strip());
                    }
                }
            }
        }
        return values;
    }
}
