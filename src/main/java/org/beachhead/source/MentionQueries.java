package org.beachhead.source;

import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The sentences of the corpus that name a subject, a bounded number of them, in one query. */
@Component
public class MentionQueries {

    private final MentionRows rows;

    MentionQueries(MentionRows rows) {
        this.rows = rows;
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
        List<MentionRows.MentionRow> rows = this.rows.naming(kind, slug, Limit.of(ROWS));
        Map<String, List<MentionRows.MentionRow>> bySentence = new LinkedHashMap<>();
        rows.forEach(row -> bySentence.computeIfAbsent(row.articleSlug() + "@" + row.sentenceStart(),
                key -> new ArrayList<>()).add(row));
        List<List<MentionRows.MentionRow>> sentences = new ArrayList<>(bySentence.values());
        boolean cut = rows.size() == ROWS;
        if (cut && sentences.size() > 1) {
            // The last sentence read may have lost some of its names to the limit.
            sentences.remove(sentences.size() - 1);
        }
        boolean more = cut || sentences.size() > SHOWN;
        return new Mentions(sentences.stream().limit(SHOWN).map(MentionQueries::view).toList(), more);
    }

    private static MentionView view(List<MentionRows.MentionRow> matches) {
        MentionRows.MentionRow first = matches.get(0);
        int sentenceStart = first.sentenceStart();
        String sentence = first.sentence();
        List<MentionView.Run> runs = new ArrayList<>();
        int at = 0;
        for (MentionRows.MentionRow match : matches) {
            int start = match.matchStart() - sentenceStart;
            int end = match.matchEnd() - sentenceStart;
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
        return new MentionView(first.articleSlug(), first.articleHeadline(), first.publisher(), first.published(),
                sentenceStart, runs);
    }
}
