package org.beachhead.source;

import org.beachhead.model.Mention;
import jakarta.persistence.EntityManager;
import org.beachhead.common.PartialDate;
import org.springframework.stereotype.Repository;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The sentences of the corpus that name a subject, a bounded number of them, in one query. */
@Repository
public class MentionQueries {

    private final EntityManager entityManager;

    public MentionQueries(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Sentences a page shows at most: a subject named across thousands of articles must not make its page grow with them. */
    public static final int SHOWN = 20;
    /** Rows (one per place a name occurs) read for them: a sentence naming the subject many times takes several. */
    private static final int ROWS = SHOWN * 4;

    /** The first sentences naming a subject, and whether the corpus has more. */
    public record Mentions(List<MentionView> shown, boolean more) {

        public boolean isEmpty() {
            return shown.isEmpty();
        }
    }

    /**
     * The first {@link #SHOWN} sentences naming the subject, oldest article first, each once, with
     * every place the subject is named in it marked.
     *
     * @param kind "partner", "title", "regulator" or "person"
     */
    public Mentions about(String kind, String slug) {
        List<Object[]> rows = entityManager.createQuery("""
                        select a.slug, a.headline, a.publisher, a.published, m.sentence.start, m.sentenceText,
                               m.match.start, m.match.end
                        from Mention m join m.article a
                        where m.subjectKind = :kind and m.subjectSlug = :slug
                        order by a.published.year, coalesce(a.published.month, 0), coalesce(a.published.day, 0), a.slug,
                                 m.sentence.start, m.match.start""", Object[].class)
                .setParameter("kind", kind).setParameter("slug", slug).setMaxResults(ROWS).getResultList();
        Map<String, List<Object[]>> bySentence = new LinkedHashMap<>();
        rows.forEach(row -> bySentence.computeIfAbsent(row[0] + "@" + row[4], key -> new ArrayList<>()).add(row));
        List<List<Object[]>> sentences = new ArrayList<>(bySentence.values());
        boolean cut = rows.size() == ROWS;
        if (cut && sentences.size() > 1) {
            // The last sentence read may have lost some of its names to the limit.
            sentences.remove(sentences.size() - 1);
        }
        boolean more = cut || sentences.size() > SHOWN;
        return new Mentions(sentences.stream().limit(SHOWN).map(MentionQueries::view).toList(), more);
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
