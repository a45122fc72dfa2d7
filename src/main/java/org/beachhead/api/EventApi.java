package org.beachhead.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.beachhead.common.QueryParameters.Codes;
import org.beachhead.common.QueryParameters.Order;
import org.beachhead.common.QueryParameters.PageNumber;
import org.beachhead.common.QueryParameters.PageSize;
import org.beachhead.common.QueryParameters.Slugs;
import org.beachhead.model.Certainty;
import org.beachhead.model.EventKind;
import org.beachhead.timeline.TimelineFilter;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Year;

@RestController
@RequestMapping(path = Section.API + "/events", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Events", description = "The timeline: what happened, when, and the excerpts that report it")
class EventApi {

    private final EventFeed events;

    EventApi(EventFeed events) {
        this.events = events;
    }

    @GetMapping
    @Operation(summary = "Events matching the timeline's filters, one page at a time",
            description = "The same filters as /timeline. Ordered oldest first by year, then month, then day (a date "
                    + "known only to the year comes before that year's months), then by slug; order=newest reverses "
                    + "the whole order. A page past the end has no items but still gives the total.")
    ItemPage<EventItem> events(
            @Parameter(description = "Partner slugs, repeated or comma-separated; an event involving any of them matches",
                    example = "wasu")
            @RequestParam(name = "partner", required = false) Slugs partner,
            @Parameter(description = "Event kinds, repeated or comma-separated; any of them matches")
            @CodesOf(EventKind.class)
            @RequestParam(name = "kind", required = false) Codes<EventKind> kind,
            @Parameter(description = "How sure the claim is, repeated or comma-separated; any of them matches")
            @CodesOf(Certainty.class)
            @RequestParam(name = "certainty", required = false) Codes<Certainty> certainty,
            @Parameter(description = "Earliest year, inclusive", schema = @Schema(type = "string", pattern = "^\\d{4}$"),
                    example = "2015")
            @RequestParam(name = "from", required = false) Year from,
            @Parameter(description = "Latest year, inclusive; not before from",
                    schema = @Schema(type = "string", pattern = "^\\d{4}$"), example = "2016")
            @RequestParam(name = "to", required = false) Year to,
            @Parameter(description = "oldest (the default) or newest first",
                    schema = @Schema(type = "string", allowableValues = {"oldest", "newest"}, defaultValue = "oldest"))
            @RequestParam(name = "order", required = false) Order order,
            @PagingParameter @RequestParam(name = "page", defaultValue = "1") PageNumber page,
            @PagingParameter @RequestParam(name = "size", defaultValue = "" + PageSize.DEFAULT) PageSize size) {
        return events.page(TimelineFilter.of(partner, kind, certainty, from, to, order), page.value(), size.value());
    }

    @GetMapping("/{slug}")
    @Operation(summary = "One event, with every excerpt that reports it")
    EventItem event(@PathVariable String slug) {
        return events.event(slug);
    }
}
