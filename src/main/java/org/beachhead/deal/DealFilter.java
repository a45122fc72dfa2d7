package org.beachhead.deal;

import org.beachhead.model.DealType;
import org.beachhead.model.DealStatus;
import org.beachhead.common.QueryParameters.Codes;
import org.beachhead.common.QueryParameters.Slugs;
import org.springframework.web.util.UriComponentsBuilder;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The deals list's filters (each repeatable or comma-separated; alternatives within one parameter). */
public record DealFilter(List<String> partners, List<DealStatus> statuses, List<DealType> types) {

    public static final DealFilter NONE = new DealFilter(List.of(), List.of(), List.of());

    /** The filter of the query parameters (each absent one null). */
    public static DealFilter of(Slugs partner, Codes<DealStatus> status, Codes<DealType> type) {
        return new DealFilter(partner == null ? List.of() : partner.values(), status == null ? List.of() : status.values(),
                type == null ? List.of() : type.values());
    }

    public static DealFilter ofPartner(String slug) {
        return new DealFilter(List.of(slug), List.of(), List.of());
    }

    public boolean isEmpty() {
        return partners.isEmpty() && statuses.isEmpty() && types.isEmpty();
    }

    public String href() {
        return href("/deals");
    }

    /** This filter as a link to another view of the same deals, such as the {@code /deals.csv} download. */
    public String href(String path) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path);
        partners.forEach(slug -> uri.queryParam("partner", slug));
        statuses.forEach(status -> uri.queryParam("status", status.code()));
        types.forEach(type -> uri.queryParam("type", type.code()));
        return uri.encode().build().toUriString();
    }

    public DealFilter togglePartner(String slug) {
        return new DealFilter(toggle(partners, slug), statuses, types);
    }

    public DealFilter toggleStatus(DealStatus status) {
        return new DealFilter(partners, toggle(statuses, status), types);
    }

    public DealFilter toggleType(DealType type) {
        return new DealFilter(partners, statuses, toggle(types, type));
    }

    private static <T> List<T> toggle(List<T> values, T value) {
        Set<T> result = new LinkedHashSet<>(values);
        if (!result.remove(value)) {
            result.add(value);
        }
        return List.copyOf(result);
    }
}
