package org.beachhead.source;

import org.beachhead.common.Text;
import org.beachhead.common.PartialDate;
import org.beachhead.model.Mention;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

import java.util.List;

/** One place a subject is named: the sentence, the article it is in, and where in the article the name is. */
interface MentionRows extends Repository<Mention, Long> {

    record MentionRow(String articleSlug, Text articleHeadline, String publisher, PartialDate published,
                      int sentenceStart, String sentence, int matchStart, int matchEnd) {
    }

    /** The places a subject is named, oldest article first, then in text order. */
    @Query("""
            select new org.beachhead.source.MentionRows$MentionRow(a.slug, a.headline, a.publisher, a.published,
                   m.sentence.start, m.sentenceText, m.match.start, m.match.end)
            from Mention m join m.article a
            where m.subjectKind = :kind and m.subjectSlug = :slug
            order by a.published.year, a.published.month nulls first, a.published.day nulls first, a.slug,
                     m.sentence.start, m.match.start""")
    List<MentionRow> naming(String kind, String slug, Limit limit);
}
