package org.beachhead.source;

import org.beachhead.common.Text;
import org.beachhead.common.DateBasis;
import org.beachhead.common.PartialDate;
import org.beachhead.model.Article;
import org.beachhead.model.TextSpan;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

import java.util.List;
import java.util.Optional;

/** The articles as the sources list and the reader read them. */
interface SourceRows extends Repository<Article, Long> {

    long count();

    /**
     * Articles oldest first (a year-only date before that year's months), then by slug, with the number
     * of events citing each.
     */
    @Query("""
            select new org.beachhead.source.SourceSummary(a.slug, a.headline, a.headlineSupplied, a.publisher, a.published,
                   a.publishedBasis, a.publishedNote,
                   (select count(distinct x.event.id) from Excerpt x
                    where x.article = a and x.purpose = org.beachhead.model.ExcerptPurpose.EVIDENCE))
            from Article a
            order by a.published.year, a.published.month nulls first, a.published.day nulls first, a.slug""")
    List<SourceSummary> summaries(Pageable window);

    /** An article's id, capture and facts. */
    record CaptureRow(long id, String publishedQuote, String fileName, String sha256, String text, ArticleFacts facts) {

        CaptureRow(long id, String publishedQuote, String fileName, String sha256, String text, String slug,
                   Text headline, boolean headlineSupplied, String publisher, PartialDate published,
                   DateBasis publishedBasis, Text publishedNote) {
            this(id, publishedQuote, fileName, sha256, text, new ArticleFacts(slug, headline, headlineSupplied,
                    publisher, published, publishedBasis, publishedNote));
        }
    }

    @Query("""
            select new org.beachhead.source.SourceRows$CaptureRow(a.id, a.publishedQuote, a.fileName, a.sha256, a.text,
                   a.slug, a.headline, a.headlineSupplied, a.publisher, a.published, a.publishedBasis, a.publishedNote)
            from Article a where a.slug = :slug""")
    Optional<CaptureRow> capture(String slug);

    /** The segments of an article's text that are the story, in order. */
    @Query("select s from Article a join a.bodySegments s where a.id = :id order by index(s)")
    List<TextSpan> body(long id);
}
