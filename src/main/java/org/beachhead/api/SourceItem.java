package org.beachhead.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import org.beachhead.source.ArticleFacts;
import org.beachhead.model.ExcerptPurpose;
import org.beachhead.source.ExcerptUse;
import org.beachhead.source.SourceCapture;
import org.beachhead.source.SourceSummary;
import org.beachhead.model.TextSpan;

import java.util.List;
import java.util.Locale;

@Schema(description = "A source article. The single-item endpoint adds the capture (file, hash), the verbatim "
        + "text, the offsets of its story segments and every curated excerpt of it.")
public record SourceItem(
        @Schema(description = "Stable id: the slug", example = "netflix-wasu-talks-2015") String id,
        String slug,
        String headline,
        @Schema(nullable = true, description = "The Chinese text of a headline written for the article; null for "
                + "the article's own") String headlineZh,
        @Schema(description = "True when the article has no headline of its own and this one was written for it")
        boolean headlineSupplied,
        @Schema(nullable = true, description = "Null where the capture does not name one") String publisher,
        @Schema(description = "Its publication date, with how it was established") ApiDate published,
        @Schema(description = "How many events it is evidence for") long eventCount,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "The words that date it (single item only)", nullable = true) String publishedQuote,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "The captured file's name (single item only)") String fileName,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "SHA-256 of the captured file (single item only)") String sha256,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "The ranges [start, end) of the text that are the story, in order; the rest is page "
                + "chrome captured with it (single item only)") List<TextSpan> bodySegments,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "Every curated excerpt of the article, in text order (single item only)")
        List<Passage> excerpts,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "The article's text exactly as captured; offsets count its UTF-16 code units "
                + "(single item only)") String text,
        ItemLinks links) {

    @Schema(name = "SourcePassage", description = "A curated excerpt of the article and what it is curated for.")
    public record Passage(
            String exact,
            int start,
            int end,
            @Schema(description = "evidence (for an event), dating (the words that date an event) or about "
                    + "(what a partner or regulator is)", example = "evidence") String purpose,
            @Schema(description = "The event, partner or regulator it is about") Ref supports) {

        static Passage of(ExcerptUse use) {
            return new Passage(use.exact(), use.span().start(), use.span().end(),
                    use.purpose().name().toLowerCase(Locale.ROOT), Section.of(use.section()).ref(use.owner()));
        }
    }

    static SourceItem of(SourceSummary source) {
        ArticleFacts article = source.article();
        return new SourceItem(article.slug(), article.slug(), article.headline().en(), article.headline().zh(),
                article.headlineSupplied(),
                article.publisher(), published(article), source.events(), null, null, null, null, null, null,
                Section.SOURCES.links(article.slug()));
    }

    static SourceItem of(SourceCapture capture) {
        ArticleFacts article = capture.article();
        // Counted as the list counts it: the distinct events the article is evidence for.
        long events = capture.excerpts().stream()
                .filter(use -> use.purpose() == ExcerptPurpose.EVIDENCE && Section.of(use.section()) == Section.EVENTS)
                .map(use -> use.owner().slug()).distinct().count();
        return new SourceItem(article.slug(), article.slug(), article.headline().en(), article.headline().zh(),
                article.headlineSupplied(),
                article.publisher(), published(article), events, capture.publishedQuote(), capture.fileName(),
                capture.sha256(), capture.body(), capture.excerpts().stream().map(Passage::of).toList(), capture.text(),
                Section.SOURCES.links(article.slug()));
    }

    private static ApiDate published(ArticleFacts article) {
        return ApiDate.of(article.published(), article.publishedBasis(), article.publishedNote());
    }
}
