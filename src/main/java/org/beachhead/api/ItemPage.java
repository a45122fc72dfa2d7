package org.beachhead.api;

import io.swagger.v3.oas.annotations.media.Schema;
import org.beachhead.common.Slice;
import org.springframework.web.util.UriComponentsBuilder;

import java.util.List;
import java.util.function.Function;

/** One page of a long list (events, deals, sources, partners, titles, people), with the links to its neighbours. */
@Schema(description = "One page of the items matching the filters.")
public record ItemPage<T>(
        List<T> items,
        @Schema(description = "This page's number, from 1", example = "1") int page,
        @Schema(description = "The most items a page holds", example = "50") int size,
        @Schema(description = "How many items match the filters, on all pages together", example = "43") long total,
        Links links) {

    @Schema(name = "PageLinks", description = "This page and its neighbours, with the same filters")
    public record Links(
            @Schema(example = "/api/v1/events?partner=wasu&page=1&size=50") String self,
            @Schema(nullable = true, description = "Null on the last page") String next,
            @Schema(nullable = true, description = "Null on the first page") String prev) {
    }

    /** The page {@code paging} asks for of a list of {@code total} items at {@code href} (its path and filters). */
    static <T> ItemPage<T> of(List<T> items, Paging paging, long total, String href) {
        boolean hasNext = paging.offset() + paging.size() < total;
        return new ItemPage<>(items, paging.page(), paging.size(), total,
                new Links(href(href, paging.page(), paging.size()),
                        hasNext ? href(href, paging.page() + 1, paging.size()) : null,
                        paging.page() > 1 ? href(href, paging.page() - 1, paging.size()) : null));
    }

    /** The page {@code paging} asks for of a list at {@code href}, its {@code slice} of the list made items. */
    static <S, T> ItemPage<T> of(Slice<S> slice, Function<S, T> item, Paging paging, String href) {
        return of(slice.items().stream().map(item).toList(), paging, slice.total(), href);
    }

    private static String href(String list, int page, int size) {
        return UriComponentsBuilder.fromUriString(list).replaceQueryParam("page", page).replaceQueryParam("size", size)
                .build().toUriString();
    }
}
