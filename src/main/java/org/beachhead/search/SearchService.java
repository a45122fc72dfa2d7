package org.beachhead.search;

import org.beachhead.corpus.ImportOutcome;
import org.beachhead.search.SearchIndex.Hit;
import org.beachhead.search.SearchPage.ResultGroup;
import org.beachhead.search.SearchPage.SearchResult;
import org.beachhead.search.SearchPage.Snippet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Answers searches from an in-memory {@link SearchIndex}. The corpus changes only when it is
 * imported, so the index is built once per loaded corpus, as soon as the importer announces it:
 * the first search then costs no more than the next. Each search still checks the content hash the
 * importer recorded (one query) and rebuilds when it differs, which covers a database loaded by
 * another process or a start-up without import.
 */
@Service
public class SearchService {

    static final int MAX_RESULTS_PER_GROUP = 20;
    private static final Logger log = LoggerFactory.getLogger(SearchService.class);

    private final SearchCorpus corpus;

    private record Built(List<String> version, SearchIndex index) {
    }

    private volatile Built built;

    SearchService(SearchCorpus corpus) {
        this.corpus = corpus;
    }

    public SearchPage search(String query) {
        String text = query.strip();
        if (text.isEmpty()) {
            return new SearchPage(text, List.of());
        }
        Map<ResultKind, List<Hit>> byKind = new EnumMap<>(ResultKind.class);
        for (Hit hit : index().search(SearchQuery.parse(text))) {
            byKind.computeIfAbsent(hit.document().kind(), kind -> new ArrayList<>()).add(hit);
        }
        List<ResultGroup> groups = byKind.entrySet().stream()
                .map(entry -> new ResultGroup(entry.getKey(), entry.getValue().size(), entry.getValue().stream()
                        .limit(MAX_RESULTS_PER_GROUP).map(SearchService::result).toList()))
                .toList();
        return new SearchPage(text, groups);
    }

    @EventListener
    void corpusImported(ImportOutcome outcome) {
        rebuild(List.of(outcome.contentHash()));
    }

    private SearchIndex index() {
        List<String> version = corpus.version();
        Built current = built;
        if (current == null || !current.version().equals(version)) {
            current = rebuild(version);
        }
        return current.index();
    }

    /** One thread builds while concurrent first searches wait for it rather than building too. */
    private synchronized Built rebuild(List<String> version) {
        if (built == null || !built.version().equals(version)) {
            built = null; // the old index answers no search any more: let it go before the new one takes its room
            long started = System.nanoTime();
            List<Document> documents = corpus.documents();
            built = new Built(version, new SearchIndex(documents));
            log.info("Built the search index of {} documents (content {}) in {} ms", documents.size(), version,
                    (System.nanoTime() - started) / 1_000_000);
        }
        return built;
    }

    /** Tokenizes again only what the result shows, to highlight it: the index keeps no tokens. */
    private static SearchResult result(Hit hit) {
        Document document = hit.document();
        List<List<Match>> nameMatches = hit.nameMatches();
        Highlighted label = document.names().isEmpty() ? Highlighted.plain(document.caption())
                : IndexedText.of(document.names().get(0)).highlight(nameMatches.get(0));
        List<Highlighted> alsoNamed = IntStream.range(1, document.names().size())
                .filter(i -> !nameMatches.get(i).isEmpty())
                .mapToObj(i -> IndexedText.of(document.names().get(i)).highlight(nameMatches.get(i)))
                .toList();
        List<List<Match>> passageMatches = hit.passageMatches();
        // The passage with the most matches; on a tie the first, since min() on the index keeps it.
        Snippet snippet = IntStream.range(0, document.passages().size()).boxed()
                .filter(i -> !passageMatches.get(i).isEmpty())
                .min(Comparator.comparingInt((Integer i) -> -passageMatches.get(i).size())
                        .thenComparingInt(i -> i))
                .map(i -> new Snippet(IndexedText.of(document.passages().get(i).text()).highlight(passageMatches.get(i)),
                        document.passages().get(i).href()))
                .orElse(null);
        return new SearchResult(document.href(), label, alsoNamed, snippet, document.date(), document.events());
    }
}
