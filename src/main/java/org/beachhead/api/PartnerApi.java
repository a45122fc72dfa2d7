package org.beachhead.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.beachhead.partner.PartnerService;
import org.beachhead.common.QueryParameters.PageNumber;
import org.beachhead.common.QueryParameters.PageSize;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = Section.API + "/partners", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Partners", description = "Companies Netflix partnered or negotiated with")
class PartnerApi {

    private final PartnerService partners;

    PartnerApi(PartnerService partners) {
        this.partners = partners;
    }

    @GetMapping
    @Operation(summary = "Partners, one page at a time",
            description = "Ordered by name, ignoring case, then by slug. "
                    + "A page past the end has no items but still gives the total.")
    ItemPage<PartnerItem> partners(@PagingParameter @RequestParam(name = "page", defaultValue = "1") PageNumber page,
                                   @PagingParameter @RequestParam(name = "size", defaultValue = "" + PageSize.DEFAULT) PageSize size) {
        PartnerService.PartnerList list = partners.index(page.value(), size.value());
        return ItemPage.of(list.items(), PartnerItem::of, list.pages(), Section.PARTNERS.api());
    }

    @GetMapping("/{slug}")
    @Operation(summary = "One partner, with aliases, what the sources say they are, their deals and events")
    PartnerItem partner(@PathVariable String slug) {
        return PartnerItem.of(partners.partner(slug, 1));
    }
}
