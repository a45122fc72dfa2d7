package org.beachhead.api;

import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

@Schema(description = "One page of the events matching the filters.")
public record EventList(
        List<EventItem> items,
        @Schema(description = "This page's number, from 1", example = "1") int page,
        @Schema(description = "The most items a page holds", example = "50") int size,
        @Schema(description = "How many events match the filters, on all pages together", example = "43") long total,
        Links links) {

    @Schema(name = "PageLinks", description = "This page and its neighbours, with the same filters")
    public record Links(
            @Schema(example = "/api/v1/events?partner=wasu&page=1&size=50") String self,
            @Schema(nullable = true, description = "Null on the last page") String next,
            @Schema(nullable = true, description = "Null on the first page") String prev) {
    }
}
