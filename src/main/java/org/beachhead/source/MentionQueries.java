package org.beachhead.source;

import jakarta.persistence.EntityManager;
import org.beachhead.common.PartialDate;
import org.springframework.stereotype.Repository;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Every sentence of the corpus that names a subject, in one query. */
@Repository
public class MentionQueries {

    private final EntityManager entityManager;

    public MentionQueries(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * The sentences naming the subject, oldest article first, each once, with every place the
     * subject is named in it marked.
     *
     * @param kind "partner", "title", "regulator" or "person"
     */
    public List<MentionView> about(String kind, String slug) {
        List<Object[]> rows = entityManager.createQuery("""
                        select a.slug, a.headline, a.publisher, a.published, m.sentence.start, m.sentenceText,
                               m.match.start, m.match.end
                        from Mention m join m.article a
                        where m.subjectKind = :kind and m.subjectSlug = :slug
                        order by a.published.year, coalesce(a.published.month, 0), coalesce(a.published.day, 0), a.slug,
                                 m.sentence.start, m.match.start""", Object[].class)
                .setParameter("kind", kind).setParameter("slug", slug).getResultList();
        Map<String, List<Object[]>> bySentence = new LinkedHashMap<>();
        rows.forEach(row -> bySentence.computeIfAbsent(row[0] + "@" + row[4], key -> new ArrayList<>()).add(row));
        return bySentence.values().stream().map(MentionQueries::view).toList();
    }

    private static MentionView view(List<Object[]> matches) {
        Object[] first = matches.get(0);
        int sentenceStart = (Integer) first[4];
        String sentence = (String) first[5];
        List<MentionView.Run> runs = new ArrayList<>();
        int at = 0;
        for (Object[] match : matches) {
            int start = (Integer) match[6] - sentenceStart;
            int end = (Integer) match[7] - sentenceStart;
            if (start < at) {
                continue;
            }
            if (start > at) {
                runs.add(new MentionView.Run(sentence.substring(at, start), false));
            }
            runs.add(new MentionView.Run(sentence.substring(start, end), true));
            at = end;
        }
        if (at < sentence.length()) {
            runs.add(new MentionView.Run(sentence.substring(at), false));
        }
        return new MentionView((String) first[0], (String) first[1], (String) first[2], (PartialDate) first[3],
                sentenceStart, runs);
    }
}
