package org.beachhead.api;

import io.swagger.v3.oas.annotations.media.Schema;
import org.beachhead.source.ExcerptView;

import java.util.List;

@Schema(description = "A verbatim passage of a source article, with the article it comes from and where it stands in it.")
public record ExcerptItem(
        @Schema(example = "blog-2015-netflix-letv-talks") String articleSlug,
        String articleHeadline,
        @Schema(nullable = true, description = "The Chinese text of a headline written for the article; null for "
                + "the article's own") String articleHeadlineZh,
        @Schema(description = "True when the article has no headline of its own and this one was written for it")
        boolean headlineSupplied,
        @Schema(nullable = true, description = "Null where the capture does not name one") String publisher,
        ApiDate published,
        @Schema(description = "The exact characters of the article") String exact,
        @Schema(description = "The rest of the sentence before the passage") String contextBefore,
        @Schema(description = "The rest of the sentence after the passage") String contextAfter,
        @Schema(description = "A TextQuoteSelector and a TextPositionSelector for the same passage") List<Selector> selector,
        Links links) {

    @Schema(name = "ExcerptLinks")
    public record Links(
            @Schema(description = "The article in the API, with its full text", example = "/api/v1/sources/netflix-wasu-talks-2015")
            String source,
            @Schema(description = "The passage highlighted in the article on the site",
                    example = "/sources/netflix-wasu-talks-2015#excerpt-120-180")
            String html) {
    }

    static ExcerptItem of(ExcerptView excerpt) {
        String slug = excerpt.articleSlug();
        return new ExcerptItem(slug, excerpt.articleHeadline().en(), excerpt.articleHeadline().zh(),
                excerpt.headlineSupplied(), excerpt.publisher(),
                ApiDate.of(excerpt.published()), excerpt.exact(), excerpt.contextBefore(), excerpt.contextAfter(),
                List.of(new Selector.TextQuote(excerpt.exact(), excerpt.prefix(), excerpt.suffix()),
                        new Selector.TextPosition(excerpt.start(), excerpt.end())),
                new Links(Section.SOURCES.api() + "/" + slug,
                        excerpt.sourcePath()));
    }

    static List<ExcerptItem> of(List<ExcerptView> excerpts) {
        return excerpts.stream().map(ExcerptItem::of).toList();
    }
}
