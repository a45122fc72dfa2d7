package org.beachhead.api;

import org.beachhead.common.Text;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import org.beachhead.title.TitleService;
import org.beachhead.title.TitleSummary;

import java.util.List;

@Schema(description = "A film or series that moved, or was meant to move, between Netflix and the Chinese market. "
        + "The single-item endpoint adds deals and events.")
public record TitleItem(
        @Schema(description = "Stable id: the slug", example = "bardo") String id,
        String slug,
        String name,
        @Schema(nullable = true) String chineseName,
        @Schema(description = "series or film", nullable = true) String format,
        @Schema(nullable = true) String origin,
        @Schema(nullable = true, description = "The origin's Chinese text") String originZh,
        @Schema(nullable = true, description = "As the sources give it") String episodes,
        @Schema(nullable = true, description = "The episodes' Chinese text") String episodesZh,
        String summary,
        @Schema(description = "The summary's Chinese text") String summaryZh,
        @Schema(description = "How many events involve the title") long eventCount,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "Every deal involving it (single item only)") List<Ref> deals,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "Its first 50 events, oldest first (single item only); "
                + "eventCount says how many, its page on the site (links.html) lists them all, paged") List<EventRef> events,
        ItemLinks links) {

    static TitleItem of(TitleSummary title) {
        return of(title, null, null);
    }

    static TitleItem of(TitleService.TitlePage page) {
        return of(page.title(), page.deals().stream().map(DealItem::ref).toList(), EventRef.of(page.events()));
    }

    private static TitleItem of(TitleSummary title, List<Ref> deals, List<EventRef> events) {
        return new TitleItem(title.slug(), title.slug(), title.name(), title.chineseName(),
                title.format() == null ? null : title.format().code(), Text.englishOf(title.origin()),
                Text.chineseOf(title.origin()), Text.englishOf(title.episodes()), Text.chineseOf(title.episodes()),
                title.summary().en(), title.summary().zh(), title.events(), deals, events, Section.TITLES.links(title.slug()));
    }
}
