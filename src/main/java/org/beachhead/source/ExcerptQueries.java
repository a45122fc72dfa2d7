package org.beachhead.source;

import org.beachhead.model.Excerpt;
import org.beachhead.model.ExcerptPurpose;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

import java.util.Collection;
import java.util.List;

/** Excerpts as pages show them, each with the article it comes from, in their curated order. */
public interface ExcerptQueries extends Repository<Excerpt, Long> {

    String EXCERPT = "select new org.beachhead.source.EventExcerpt(e.id, x.purpose, a.slug, a.headline,"
            + " a.headlineSupplied, a.publisher, a.published, x.exact, x.contextBefore, x.contextAfter, x.span.start,"
            + " x.span.end, x.prefix, x.suffix) from Excerpt x join x.article a left join x.event e ";

    /** The excerpts of these events that serve one of these purposes (evidence, dating words). */
    @Query(EXCERPT + "where e.id in :ids and x.purpose in :purposes order by x.seq")
    List<EventExcerpt> ofEvents(Collection<Long> ids, Collection<ExcerptPurpose> purposes);

    /**
     * The same, and in the same statement the excerpts that say what a partner is ({@code eventId} null):
     * its page reads both, and one statement less keeps it within its budget.
     */
    @Query(EXCERPT + "left join x.partner o where (e.id in :ids and x.purpose in :purposes)"
            + " or (o.slug = :partner and x.purpose = org.beachhead.model.ExcerptPurpose.ABOUT) order by x.seq")
    List<EventExcerpt> ofEventsAndAboutPartner(Collection<Long> ids, Collection<ExcerptPurpose> purposes, String partner);

    /** The same for a regulator. */
    @Query(EXCERPT + "left join x.regulator o where (e.id in :ids and x.purpose in :purposes)"
            + " or (o.slug = :regulator and x.purpose = org.beachhead.model.ExcerptPurpose.ABOUT) order by x.seq")
    List<EventExcerpt> ofEventsAndAboutRegulator(Collection<Long> ids, Collection<ExcerptPurpose> purposes,
                                                 String regulator);

    /** Every excerpt of one article with what it supports or describes, in text order (outermost first). */
    @Query("""
            select new org.beachhead.source.ExcerptUse(x.span.start, x.span.end, x.exact, x.purpose, e.slug, e.headline,
                   p.slug, p.name, g.slug, coalesce(g.shortName, g.name))
            from Excerpt x left join x.event e left join x.partner p left join x.regulator g
            where x.article.id = :articleId
            order by x.span.start, x.span.end desc, x.purpose, x.seq""")
    List<ExcerptUse> inArticle(long articleId);
}
