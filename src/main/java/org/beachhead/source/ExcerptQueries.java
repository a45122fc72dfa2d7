package org.beachhead.source;

import org.beachhead.model.Excerpt;
import org.beachhead.model.ExcerptPurpose;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

import java.util.Collection;
import java.util.List;

/** Excerpts as pages show them, each with the article it comes from, in their curated order. */
public interface ExcerptQueries extends Repository<Excerpt, Long> {

    /** Reads the event's id from the excerpt's own column: a join to the event would make the database scan every excerpt. */
    String EXCERPT = "select new org.beachhead.source.EventExcerpt(x.event.id, x.purpose, a.slug, a.headline,"
            + " a.headlineSupplied, a.publisher, a.published, x.exact, x.contextBefore, x.contextAfter, x.span.start,"
            + " x.span.end, x.prefix, x.suffix) from Excerpt x join x.article a ";

    /** The excerpts of these events that serve one of these purposes (evidence, dating words). */
    @Query(EXCERPT + "where x.event.id in :ids and x.purpose in :purposes order by x.seq, x.id")
    List<EventExcerpt> ofEvents(Collection<Long> ids, Collection<ExcerptPurpose> purposes);

    /** The excerpts that say what a partner is (their {@code eventId} is null). */
    @Query(EXCERPT + "join x.partner o where o.slug = :partner and x.purpose = org.beachhead.model.ExcerptPurpose.ABOUT"
            + " order by x.seq, x.id")
    List<EventExcerpt> aboutPartner(String partner);

    /** The same for a regulator. */
    @Query(EXCERPT + "join x.regulator o where o.slug = :regulator and x.purpose = org.beachhead.model.ExcerptPurpose.ABOUT"
            + " order by x.seq, x.id")
    List<EventExcerpt> aboutRegulator(String regulator);

    /** Every excerpt of one article with what it supports or describes, in text order (outermost first). */
    @Query("""
            select new org.beachhead.source.ExcerptUse(x.span.start, x.span.end, x.exact, x.purpose, e.slug, e.headline,
                   p.slug, p.name, p.chineseName, g.slug, coalesce(g.shortName, g.name), g.chineseName)
            from Excerpt x left join x.event e left join x.partner p left join x.regulator g
            where x.article.id = :articleId
            order by x.span.start, x.span.end desc, x.purpose, x.seq, x.id""")
    List<ExcerptUse> inArticle(long articleId);
}
