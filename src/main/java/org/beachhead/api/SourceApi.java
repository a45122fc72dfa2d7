package org.beachhead.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.beachhead.source.SourceService;
import org.beachhead.common.QueryParameters.PageNumber;
import org.beachhead.common.QueryParameters.PageSize;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = Section.API + "/sources", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Sources", description = "The articles the story is told from, verbatim")
class SourceApi {

    private final SourceService sources;

    SourceApi(SourceService sources) {
        this.sources = sources;
    }

    @GetMapping
    @Operation(summary = "The source articles, one page at a time",
            description = "Oldest first by publication date (a date known only to the year before that year's months), "
                    + "then by slug. A page past the end has no items but still gives the total.")
    ItemPage<SourceItem> sources(@PagingParameter @RequestParam(name = "page", defaultValue = "1") PageNumber page,
                                 @PagingParameter @RequestParam(name = "size", defaultValue = "" + PageSize.DEFAULT) PageSize size) {
        SourceService.SourceList list = sources.page(page.value(), size.value());
        return ItemPage.of(list.sources(), SourceItem::of, list.pages(), Section.SOURCES.api());
    }

    @GetMapping("/{slug}")
    @Operation(summary = "One article: its facts, its verbatim text, story segments and every curated excerpt",
            description = "Every excerpt's exact text is text[start, end).")
    SourceItem source(@PathVariable String slug) {
        return SourceItem.of(sources.capture(slug));
    }
}
