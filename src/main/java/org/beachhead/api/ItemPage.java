package org.beachhead.api;

import io.swagger.v3.oas.annotations.media.Schema;
import org.beachhead.common.PageWindow;
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

    /** The page {@code window} shows of a list at {@code href} (its path and filters), its {@code rows} made items. */
    static <S, T> ItemPage<T> of(List<S> rows, Function<S, T> item, PageWindow window, String href) {
        int page = window.page();
        int size = window.size();
        return new ItemPage<>(rows.stream().map(item).toList(), page, size, window.total(),
                new Links(href(href, page, size), page < window.pages() ? href(href, page + 1, size) : null,
                        page > 1 ? href(href, page - 1, size) : null));
    }

    private static String href(String list, int page, int size) {
        return UriComponentsBuilder.fromUriString(list).replaceQueryParam("page", page).replaceQueryParam("size", size)
                .build().toUriString();
    }
}
