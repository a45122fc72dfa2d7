package org.beachhead.search;

import jakarta.annotation.PreDestroy;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.apache.lucene.util.BytesRef;
import org.beachhead.common.Text;
import org.beachhead.corpus.CorpusChange;
import org.beachhead.corpus.ImportOutcome;
import org.beachhead.search.SearchPage.Facet;
import org.beachhead.search.SearchPage.ResultGroup;
import org.beachhead.search.SearchPage.SearchResult;
import org.beachhead.search.SearchPage.Snippet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

/**
 * Answers searches from a Lucene index of the corpus, built in memory on a thread of its own when the importer
 * announces a corpus (so neither start-up nor the import waits for it) and swapped in whole: a search made
 * during a rebuild answers from the previous index. An incremental apply (an outcome with a {@link CorpusChange})
 * changes the current index instead, on the same thread, and publishes the next snapshot the same way. A search
 * still checks the content hash the importer recorded (one query, at most once a second) and rebuilds when it
 * differs: that covers a database loaded by another process or another instance, and a start-up without import.
 */
@Service
public class SearchService {

    static final int MAX_RESULTS_PER_GROUP = 20;
    static final int MAX_SUGGESTIONS = 8;
    /** Fewer results than this and the page offers a respelling, if one finds more. */
    private static final int FEW_RESULTS = 3;
    private static final int MAX_PARTNER_FACETS = 12;
    private static final List<String> SUGGESTED_KINDS = Stream.of(ResultKind.PARTNERS, ResultKind.DEALS,
            ResultKind.TITLES, ResultKind.REGULATORS, ResultKind.RULES, ResultKind.PEOPLE).map(ResultKind::code).toList();
    /** How long a checked corpus version is trusted before the next search reads it again. */
    private static final long VERSION_CHECK_NANOS = TimeUnit.SECONDS.toNanos(1);
    private static final Logger log = LoggerFactory.getLogger(SearchService.class);

    private final SearchDocuments corpus;
    private final Duration firstIndexWait;
    private final AtomicReference<Built> built = new AtomicReference<>();
    /** One build at a time, off the request and start-up threads: a build takes seconds on a large corpus. */
    private final ExecutorService builder = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "search-index");
        thread.setDaemon(true);
        return thread;
    });
    private Future<Built> pending;
    private List<String> pendingVersion;
    private volatile Checked checked;

    /** The corpus version as last read from the database, and when. */
    private record Checked(List<String> version, long nanos) {
    }

    /** An index, the corpus version it was built from, and its writer, which takes the next change. */
    private record Built(List<String> version, SearchIndex index, SearchIndex.Writer writer) {
    }

    /** A suggestion as you type: an entity whose name starts with what was typed. */
    public record Suggestion(String label, String kind, String href) {
    }

    /** A search made before the first index is built; the app answers 503 and asks to retry. */
    public static final class IndexBuilding extends RuntimeException {
        /** Seconds to wait before retrying: about what a build of the large corpus takes. */
        public static final int RETRY_AFTER = 5;

        IndexBuilding() {
            super("The search index is being built; try again in a few seconds.");
        }
    }

    SearchService(SearchDocuments corpus,
                  @Value("${beachhead.search.first-index-wait:10s}") Duration firstIndexWait) {
        this.corpus = corpus;
        this.firstIndexWait = firstIndexWait;
    }

    public SearchPage search(SearchRequest request) {
        if (request.blank()) {
            return SearchPage.empty(request);
        }
        Built current = current();
        try {
            SearchPage page = search(current, request, request.query());
            if (page.total() >= FEW_RESULTS) {
                return page;
            }
            String suggestion = respelling(current, request.query());
            if (suggestion == null) {
                return page;
            }
            if (page.total() > 0) {
                return withSuggestion(page, suggestion, null);
            }
            SearchPage suggested = search(current, request, suggestion);
            return suggested.total() == 0 ? page : withSuggestion(suggested, suggestion, suggestion);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public SearchPage search(String query) {
        return search(SearchRequest.of(query));
    }

    /**
     * Names of partners, deals, titles, regulators, rules and people with a word starting as the last one typed, each
     * in the reader's language (its Chinese name for a Chinese reader, where it has one).
     */
    public List<Suggestion> suggest(String typed, Locale locale) {
        List<String> words = Analysis.words(Analysis.WORDS, typed);
        if (words.isEmpty()) {
            return List.of();
        }
        Built current = current();
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (String word : words.subList(0, words.size() - 1)) {
            query.add(new TermQuery(new Term(Analysis.WORDS, word)), Occur.MUST);
        }
        query.add(new PrefixQuery(new Term(Analysis.WORDS, words.get(words.size() - 1))), Occur.MUST);
        query.add(new TermInSetQuery(SearchIndex.KIND, SUGGESTED_KINDS.stream().map(BytesRef::new).toList()), Occur.FILTER);
        try {
            TopPerKind best = new TopPerKind(current.index(), MAX_SUGGESTIONS);
            current.index().searcher().search(query.build(), best);
            List<Suggestion> suggestions = new ArrayList<>();
            for (TopPerKind.Hit hit : best.hits()) {
                SearchIndex.Stored stored = current.index().stored(hit.doc());
                suggestions.add(new Suggestion(new Text(stored.names().get(0), stored.labelZh()).in(locale),
                        stored.kind().code(), stored.href()));
            }
            return suggestions;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Builds the index of the corpus anew, or, when the outcome names the part that changed, changes the current one. */
    @EventListener
    void corpusImported(ImportOutcome outcome) {
        List<String> version = List.of(outcome.contentHash());
        checked = new Checked(version, System.nanoTime());
        outcome.part().ifPresentOrElse(change -> change(version, change), () -> rebuild(version));
    }

    @PreDestroy
    void stop() {
        builder.shutdownNow();
    }

    /**
     * The index of the loaded corpus; while the next one builds, the previous one. With no index yet (the first
     * start), waits a little for it, then gives up with {@link IndexBuilding}.
     */
    private Built current() {
        List<String> version = version();
        Built current = built.get();
        if (current != null && current.version().equals(version)) {
            return current;
        }
        Future<Built> next = rebuild(version);
        if (current != null) {
            return current;
        }
        try {
            return next.get(firstIndexWait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new IndexBuilding();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IndexBuilding();
        } catch (ExecutionException e) {
            throw new IllegalStateException("The search index could not be built", e.getCause());
        }
    }

    /**
     * The corpus version, read from the database at most once a second: the read was a visible part of every search, and
     * an import in this instance announces its version at once ({@link #corpusImported}).
     */
    private List<String> version() {
        Checked last = checked;
        long now = System.nanoTime();
        if (last == null || now - last.nanos() > VERSION_CHECK_NANOS) {
            last = new Checked(corpus.version(), now);
            checked = last;
        }
        return last.version();
    }

    /** Builds the index of a version on the builder's thread, unless it is built or being built already. */
    private synchronized Future<Built> rebuild(List<String> version) {
        Built current = built.get();
        if (current != null && current.version().equals(version)) {
            return CompletableFuture.completedFuture(current);
        }
        if (pending == null || !pendingVersion.equals(version) || pending.isDone()) {
            pendingVersion = version;
            pending = builder.submit(() -> build(version));
        }
        return pending;
    }

    /**
     * Changes the index on the builder's thread, after whatever it was given before, unless this version is built or
     * being built already (a search that read the new version first started a build of the whole).
     */
    private synchronized void change(List<String> version, CorpusChange change) {
        Built current = built.get();
        if ((current != null && current.version().equals(version))
                || (pending != null && pendingVersion.equals(version) && !pending.isDone())) {
            return;
        }
        pendingVersion = version;
        pending = builder.submit(() -> update(version, change));
    }

    private Built build(List<String> version) {
        long started = System.nanoTime();
        long cpuStarted = SearchIndex.CPU.getCurrentThreadCpuTime();
        SearchIndex.Writer writer = new SearchIndex.Writer();
        Built next;
        try {
            corpus.documents(writer::add);
            next = new Built(version, writer.build(), writer);
        } catch (RuntimeException e) {
            log.error("The search index of content {} could not be built; the next search tries again", version, e);
            throw e;
        }
        Built previous = built.getAndSet(next);
        if (previous != null) {
            previous.writer().close();
        }
        log.info("Built the search index of {} documents (content {}) in {} ms ({} ms of CPU), {} segments", writer.size(),
                version, (System.nanoTime() - started) / 1_000_000,
                (SearchIndex.CPU.getCurrentThreadCpuTime() - cpuStarted + writer.helperCpuNanos()) / 1_000_000,
                next.index().reader().leaves().size());
        return next;
    }

    /**
     * The current index with the articles and events of a change (and what shows them: the events citing an article,
     * the people appearing in an event) read again and indexed anew, published at once; then the same with the documents
     * they replaced merged away, so that it answers as the index built anew would. The whole is built anew when there is
     * no index yet or the change cannot be made.
     */
    private Built update(List<String> version, CorpusChange change) {
        Built base = built.get();
        if (base == null) {
            return build(version);
        }
        if (base.version().equals(version)) {
            return base;
        }
        long started = System.nanoTime();
        long cpuStarted = SearchIndex.CPU.getCurrentThreadCpuTime();
        SearchIndex.Writer writer = base.writer();
        Built next;
        SearchDocuments.Part part;
        long publishedCpu;
        try {
            Set<String> articles = new HashSet<>(change.articles());
            articles.addAll(change.removedArticles());
            Set<String> events = new HashSet<>(change.events());
            events.addAll(change.removedEvents());
            events.addAll(base.index().eventsCiting(articles));
            part = corpus.part(articles, events, base.index().peopleIn(events));
            for (String href : part.hrefs()) {
                writer.remove(href);
            }
            for (Document document : part.indexed()) {
                writer.replace(document);
            }
            for (Document document : part.reshown()) {
                writer.reshow(document);
            }
            next = new Built(version, writer.publish(), writer);
            built.set(next);
            publishedCpu = SearchIndex.CPU.getCurrentThreadCpuTime() - cpuStarted;
            SearchIndex merged = writer.expunge();
            if (merged != null) {
                next = new Built(version, merged, writer);
                built.set(next);
            }
        } catch (IOException | RuntimeException e) {
            log.warn("The search index could not take the change to content {}; building it anew", version, e);
            return build(version);
        }
        log.info("Changed the search index (content {}): {} articles and events read again, {} indexed, {} people shown anew;"
                        + " published after {} ms of CPU, merged in {} ms ({} ms of CPU), {} segments", version,
                part.hrefs().size(), part.indexed().size(), part.reshown().size(), publishedCpu / 1_000_000,
                (System.nanoTime() - started) / 1_000_000, (SearchIndex.CPU.getCurrentThreadCpuTime() - cpuStarted) / 1_000_000,
                next.index().reader().leaves().size());
        return next;
    }

    /** Waits until the index has taken every build and change asked for so far. */
    void awaitIndex() throws InterruptedException, ExecutionException {
        Future<Built> last;
        synchronized (this) {
            last = pending;
        }
        if (last != null) {
            last.get();
        }
    }

    private static SearchPage withSuggestion(SearchPage page, String suggestion, String resultsFor) {
        return new SearchPage(page.request(), suggestion, resultsFor, page.total(), page.kinds(), page.partners(),
                page.years(), page.groups());
    }

    private SearchPage search(Built current, SearchRequest request, String text) throws IOException {
        SearchIndex index = current.index();
        SearchQuery parsed = SearchQuery.parse(text);
        Query query = parsed.toLucene(index.reader());
        if (query == null) {
            return SearchPage.empty(request);
        }
        DrillSideways sideways = new DrillSideways(index.searcher(), SearchIndex.FACETS, index.facets());
        TopPerKind best = new TopPerKind(index, MAX_RESULTS_PER_GROUP);
        Facets facets = sideways.search(drillDown(query, request, request.kinds()), best).facets;

        Map<ResultKind, Integer> kindCounts = new EnumMap<>(ResultKind.class);
        for (LabelAndValue value : children(facets, SearchIndex.KIND, ResultKind.values().length)) {
            kindCounts.put(SearchIndex.kind(value.label), value.value.intValue());
        }
        List<Facet> kinds = kindCounts.entrySet().stream()
                .map(entry -> new Facet("kind", entry.getKey().code(), new Text(entry.getKey().code(), null), entry.getValue(),
                        request.kinds().contains(entry.getKey())))
                .toList();
        List<Facet> partners = Arrays.stream(children(facets, SearchIndex.PARTNER, MAX_PARTNER_FACETS))
                .map(value -> new Facet("partner", value.label,
                        index.partnerName(value.label), value.value.intValue(),
                        request.partners().contains(value.label)))
                .toList();
        List<Facet> years = Arrays.stream(children(facets, SearchIndex.YEAR, Integer.MAX_VALUE))
                .sorted(Comparator.comparing((LabelAndValue value) -> value.label))
                .map(value -> new Facet("year", value.label, new Text(value.label, null), value.value.intValue(),
                        request.years().contains(value.label)))
                .toList();

        List<ResultKind> shown = kindCounts.keySet().stream()
                .filter(kind -> request.kinds().isEmpty() || request.kinds().contains(kind)).toList();
        List<Integer> docs = new ArrayList<>();
        List<List<TopPerKind.Hit>> tops = new ArrayList<>();
        for (ResultKind kind : shown) {
            List<TopPerKind.Hit> top = best.hits(kind);
            tops.add(top);
            top.forEach(hit -> docs.add(hit.doc()));
        }
        int[] shownDocs = docs.stream().mapToInt(Integer::intValue).toArray();
        Map<String, List<Highlighter.Hit>[]> highlights = new Highlighter(index).highlight(parsed, shownDocs);
        List<ResultGroup> groups = new ArrayList<>();
        int position = 0;
        for (int k = 0; k < shown.size(); k++) {
            List<SearchResult> results = new ArrayList<>();
            for (TopPerKind.Hit hit : tops.get(k)) {
                results.add(result(index.stored(hit.doc()), highlights, position++));
            }
            groups.add(new ResultGroup(shown.get(k), kindCounts.get(shown.get(k)), results));
        }
        int total = shown.stream().mapToInt(kindCounts::get).sum();
        return new SearchPage(request, null, null, total, kinds, partners, years, groups);
    }

    private static DrillDownQuery drillDown(Query query, SearchRequest request, List<ResultKind> kinds) {
        DrillDownQuery drillDown = new DrillDownQuery(SearchIndex.FACETS, query);
        kinds.forEach(kind -> drillDown.add(SearchIndex.KIND, kind.code()));
        request.partners().forEach(partner -> drillDown.add(SearchIndex.PARTNER, partner));
        request.years().forEach(year -> drillDown.add(SearchIndex.YEAR, year));
        return drillDown;
    }

    private static LabelAndValue[] children(Facets facets, String dimension, int top) throws IOException {
        try {
            FacetResult result = top == Integer.MAX_VALUE ? facets.getAllChildren(dimension)
                    : facets.getTopChildren(top, dimension);
            return result == null ? new LabelAndValue[0] : result.labelValues;
        } catch (IllegalArgumentException noSuchDimension) { // no document of this index has the dimension
            return new LabelAndValue[0];
        }
    }

    private static SearchResult result(SearchIndex.Stored stored, Map<String, List<Highlighter.Hit>[]> highlights,
                                       int position) {
        Map<Integer, Highlighted> names = new HashMap<>();
        highlights.get(Analysis.NAMES)[position].forEach(hit -> names.put(hit.value(), hit.text()));
        Highlighted label = stored.names().isEmpty() ? Highlighted.plain(stored.caption())
                : names.getOrDefault(0, Highlighted.plain(stored.names().get(0)));
        Highlighted labelZh = null;
        List<Highlighted> alsoNamed = besides(names, 0);
        List<Highlighted> alsoNamedZh = alsoNamed;
        if (stored.labelZh() != null) {
            int zh = stored.names().indexOf(stored.labelZh());
            if (zh >= 0) { // a partner's, title's or regulator's Chinese name, one of its names
                labelZh = names.getOrDefault(zh, Highlighted.plain(stored.labelZh()));
                alsoNamedZh = besides(names, zh);
            } else { // searched apart: an event's Chinese headline, a deal's, rule's or person's Chinese name
                Highlighted marked = highlights.get(Analysis.LABEL_ZH)[position].stream().findFirst()
                        .map(Highlighter.Hit::text).orElse(null);
                labelZh = marked == null ? Highlighted.plain(stored.labelZh()) : marked;
                alsoNamed = marked == null ? alsoNamed : Stream.concat(alsoNamed.stream(), Stream.of(marked)).toList();
                alsoNamedZh = besides(names, -1);
            }
        }
        List<Highlighted> involves = highlights.get(Analysis.RELATED)[position].stream()
                .sorted(Comparator.comparingInt(Highlighter.Hit::value)).map(Highlighter.Hit::text).toList();
        Snippet snippet = highlights.get(Analysis.TEXT)[position].stream().findFirst()
                .map(hit -> new Snippet(hit.text(), stored.passageHrefs().get(hit.value())))
                .orElse(null);
        return new SearchResult(stored.kind(), stored.href(), label, labelZh, alsoNamed, alsoNamedZh, involves, snippet,
                stored.date(), stored.events());
    }

    /** The names that matched, in their order, but the one at {@code label} (shown as the label). */
    private static List<Highlighted> besides(Map<Integer, Highlighted> names, int label) {
        return names.entrySet().stream().filter(entry -> entry.getKey() != label)
                .sorted(Map.Entry.comparingByKey()).map(Map.Entry::getValue).toList();
    }

    /**
     * The query with each word found nowhere replaced by the closest word of a name (at most two edits
     * away), as the name spells it; null when no word needs it or none is close.
     */
    private static String respelling(Built current, String text) throws IOException {
        DirectSpellChecker checker = new DirectSpellChecker();
        SearchQuery query = SearchQuery.parse(text);
        List<String> terms = new ArrayList<>();
        boolean changed = false;
        for (int i = 0; i < query.terms().size(); i++) {
            String term = query.terms().get(i);
            if (query.quoted().get(i)) {
                terms.add('"' + term + '"');
                continue;
            }
            List<String> words = Analysis.words(Analysis.WORDS, term);
            if (words.size() != 1 || found(current, term, words.get(0))) {
                terms.add(term);
                continue;
            }
            SuggestWord[] similar = checker.suggestSimilar(new Term(Analysis.WORDS, words.get(0)), 1,
                    current.index().reader(), SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
            if (similar.length == 0) {
                terms.add(term);
            } else {
                terms.add(current.index().spelling(similar[0].string));
                changed = true;
            }
        }
        return changed ? String.join(" ", terms) : null;
    }

    /** Whether a word is in a name as spelt, or in any text once stemmed. */
    private static boolean found(Built current, String term, String word) throws IOException {
        if (current.index().reader().docFreq(new Term(Analysis.WORDS, word)) > 0) {
            return true;
        }
        for (String stem : Analysis.words(Analysis.TEXT, term)) {
            if (current.index().reader().docFreq(new Term(Analysis.TEXT, stem)) > 0) {
                return true;
            }
        }
        return false;
    }
}
