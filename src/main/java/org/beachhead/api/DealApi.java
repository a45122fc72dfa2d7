package org.beachhead.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.beachhead.common.QueryParameters.Codes;
import org.beachhead.common.QueryParameters.PageNumber;
import org.beachhead.common.QueryParameters.PageSize;
import org.beachhead.common.QueryParameters.Slugs;
import org.beachhead.deal.DealFilter;
import org.beachhead.deal.DealService;
import org.beachhead.model.DealStatus;
import org.beachhead.model.DealType;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = Section.API + "/deals", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Deals", description = "Deals struck or only discussed")
class DealApi {

    private final DealService deals;

    DealApi(DealService deals) {
        this.deals = deals;
    }

    @GetMapping
    @Operation(summary = "Deals matching the filters, one page at a time",
            description = "The same filters as /deals; within one parameter any value matches. Ordered by when the "
                    + "corpus first reports each deal (deals no event reports last), then by name, then by slug. "
                    + "A page past the end has no items but still gives the total.")
    ItemPage<DealItem> deals(
            @Parameter(description = "Partner slugs, repeated or comma-separated", example = "letv")
            @RequestParam(name = "partner", required = false) Slugs partner,
            @Parameter(description = "Statuses, repeated or comma-separated")
            @CodesOf(DealStatus.class)
            @RequestParam(name = "status", required = false) Codes<DealStatus> status,
            @Parameter(description = "Deal types, repeated or comma-separated")
            @CodesOf(DealType.class)
            @RequestParam(name = "type", required = false) Codes<DealType> type,
            @PagingParameter @RequestParam(name = "page", defaultValue = "1") PageNumber page,
            @PagingParameter @RequestParam(name = "size", defaultValue = "" + PageSize.DEFAULT) PageSize size) {
        DealFilter filter = DealFilter.of(partner, status, type);
        DealService.DealList list = deals.slice(filter, page.value(), size.value());
        return ItemPage.of(list.deals(), DealItem::of, list.pages(), filter.href(Section.DEALS.api()));
    }

    @GetMapping("/{slug}")
    @Operation(summary = "One deal, with its parties, titles and the events that report it")
    DealItem deal(@PathVariable String slug) {
        return DealItem.of(deals.deal(slug, 1).deal());
    }
}
