package org.beachhead.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.beachhead.title.TitleService;
import org.beachhead.common.QueryParameters.PageNumber;
import org.beachhead.common.QueryParameters.PageSize;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = Section.API + "/titles", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Titles", description = "Films and series between Netflix and the Chinese market")
class TitleApi {

    private final TitleService titles;

    TitleApi(TitleService titles) {
        this.titles = titles;
    }

    @GetMapping
    @Operation(summary = "Titles, one page at a time",
            description = "Ordered by name, ignoring case, then by slug. "
                    + "A page past the end has no items but still gives the total.")
    ItemPage<TitleItem> titles(@PagingParameter @RequestParam(name = "page", defaultValue = "1") PageNumber page,
                               @PagingParameter @RequestParam(name = "size", defaultValue = "" + PageSize.DEFAULT) PageSize size) {
        TitleService.TitleList list = titles.index(page.value(), size.value());
        return ItemPage.of(list.items(), TitleItem::of, list.pages(), Section.TITLES.api());
    }

    @GetMapping("/{slug}")
    @Operation(summary = "One title, with its deals and events")
    TitleItem title(@PathVariable String slug) {
        return TitleItem.of(titles.title(slug, 1));
    }
}
