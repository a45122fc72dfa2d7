package org.beachhead.search;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.SerialMergeScheduler;
import org.apache.lucene.index.TieredMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.SingleInstanceLockFactory;
import org.beachhead.common.EntityRef;
import org.beachhead.common.PartialDate;
import org.beachhead.common.Text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A Lucene index of the searchable corpus, in memory ({@link ByteBuffersDirectory}): a snapshot that never changes once
 * published. A new corpus gets a new index; a part of the corpus rewritten ({@link Writer#replace}, {@link Writer#remove})
 * gets the next snapshot of the same index. What a result shows is kept beside it in the heap ({@link Stored}), so that
 * nothing is read from the database to answer a search.
 */
final class SearchIndex {

    static final String KIND = "kind";
    static final String PARTNER = "partner";
    static final String YEAR = "year";
    /** The document's number in its {@link Writer}'s list of what each shows; a change removes documents by it. */
    static final String SERIAL = "serial";
    /** The only stored field: the running text, read by the highlighter for the results that matched in it. */
    private static final Set<String> MARKED_TEXT = Set.of(Analysis.TEXT);
    /** Lucene's in-memory buffer before it writes a segment: enough for few segments, small beside a 256 MiB heap. */
    private static final int RAM_BUFFER_MB = 24;
    /** Documents waiting for the indexing threads: enough to keep them busy, few enough to hold little memory. */
    private static final int QUEUED_DOCUMENTS = 64;
    /** The machine's two cores; the reading thread mostly waits for the database meanwhile. */
    private static final int INDEXING_THREADS = 2;
    static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    /** Stored, with offsets in the postings so the highlighter finds matches without analysing the text again. */
    private static final FieldType HIGHLIGHTED = new FieldType();
    /** Searched only, by single words (no phrases, nothing marked): Chinese words and the unstemmed words of names. */
    private static final FieldType SEARCHED = new FieldType();
    /** Like {@link #HIGHLIGHTED} but not stored: names, kept in the heap with what a result shows ({@link Stored}). */
    private static final FieldType HIGHLIGHTED_IN_HEAP = new FieldType();

    static {
        HIGHLIGHTED.setTokenized(true);
        HIGHLIGHTED.setStored(true);
        HIGHLIGHTED.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        HIGHLIGHTED.freeze();
        SEARCHED.setTokenized(true);
        SEARCHED.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
        SEARCHED.freeze();
        HIGHLIGHTED_IN_HEAP.setTokenized(true);
        HIGHLIGHTED_IN_HEAP.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        HIGHLIGHTED_IN_HEAP.freeze();
    }

    static final FacetsConfig FACETS = new FacetsConfig();

    static {
        FACETS.setMultiValued(PARTNER, true);
    }

    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final SortedSetDocValuesReaderState facets;
    private final Map<String, Text> partnerNames;
    /** What each document shows, by document number: reading Lucene's stored fields decompresses a block each time. */
    private final Stored[] shown;
    /** Each document's place in reading order, by document number: it ranks results of equal score. */
    private final int[] places;

    private SearchIndex(DirectoryReader reader, List<Stored> bySerial, int[] placeBySerial, Map<String, Text> partnerNames)
            throws IOException {
        this.reader = reader;
        this.searcher = new IndexSearcher(reader);
        searcher.setSimilarity(new BM25Similarity());
        this.facets = new DefaultSortedSetDocValuesReaderState(reader, FACETS);
        this.shown = new Stored[reader.maxDoc()];
        this.places = new int[reader.maxDoc()];
        for (LeafReaderContext leaf : reader.leaves()) {
            NumericDocValues serials = DocValues.getNumeric(leaf.reader(), SERIAL);
            for (int doc = serials.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = serials.nextDoc()) {
                int serial = (int) serials.longValue();
                shown[leaf.docBase + doc] = bySerial.get(serial);
                places[leaf.docBase + doc] = placeBySerial[serial];
            }
        }
        this.partnerNames = Map.copyOf(partnerNames);
    }

    /**
     * Writes an index and keeps what it needs to change it. The first build takes the documents one at a time, in
     * reading order, so the corpus need never be in memory whole: two other threads analyse and index them while the
     * reading one goes on reading (the database, a fifth of a build, is then read while the article bodies given first
     * are indexed); it waits when {@link #QUEUED_DOCUMENTS} are waiting. Later changes are made on the calling thread and
     * published as the next snapshot. One thread at a time uses a writer.
     */
    static final class Writer {

        /**
         * Each file in one buffer once written: by default a file is many buffers, and every clone of an input (one
         * per term looked up or postings read, many per highlighted result) copied the whole list.
         */
        private final ByteBuffersDirectory directory = new ByteBuffersDirectory(new SingleInstanceLockFactory(),
                ByteBuffersDataOutput::new, ByteBuffersDirectory.OUTPUT_AS_ONE_BUFFER);
        private final IndexWriter writer;
        private final ThreadPoolExecutor helper = new ThreadPoolExecutor(INDEXING_THREADS, INDEXING_THREADS, 1,
                TimeUnit.SECONDS, new LinkedBlockingQueue<>(), task -> {
                    Thread thread = new Thread(task, "search-index-helper");
                    thread.setDaemon(true);
                    return thread;
                });
        private final Semaphore waiting = new Semaphore(QUEUED_DOCUMENTS);
        private final AtomicReference<Exception> failure = new AtomicReference<>();
        private final AtomicLong helperCpu = new AtomicLong();
        private final Map<String, Text> partnerNames = new HashMap<>();
        /** Related names analysed once each, by field: the same few hundred names recur across 20,000 events. */
        private final Map<String, Map<String, Analysis.Tokens>> analysed = Map.of(
                Analysis.RELATED, new ConcurrentHashMap<>(), Analysis.RELATED_ZH, new ConcurrentHashMap<>());
        /** What each document shows, by its serial number; null once it is removed. */
        private final List<Stored> bySerial = new ArrayList<>();
        private final Map<String, Integer> serialByHref = new HashMap<>();
        /** What the documents show, in reading order. */
        private final List<Stored> inReadingOrder = new ArrayList<>();
        /** The serial numbers of the documents removed since the last snapshot. */
        private final List<Long> removed = new ArrayList<>();
        private DirectoryReader reader;

        Writer() {
            TieredMergePolicy merges = new TieredMergePolicy();
            merges.setForceMergeDeletesPctAllowed(0); // every deleted document, see expunge()
            IndexWriterConfig config = new IndexWriterConfig(Analysis.PER_FIELD)
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                    .setRAMBufferSizeMB(RAM_BUFFER_MB)
                    .setMergePolicy(merges)
                    .setMergeScheduler(new SerialMergeScheduler()) // merges on the thread that changes, counted in its CPU
                    .setUseCompoundFile(false); // in memory, a compound file would only be one more copy
            helper.allowCoreThreadTimeOut(true); // gone soon after the last document, even if the build failed
            try {
                writer = new IndexWriter(directory, config);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** Gives a document of the first build to the indexing threads. */
        void add(Document document) {
            long serial = keep(document);
            inReadingOrder.add(bySerial.get((int) serial));
            waiting.acquireUninterruptibly();
            helper.execute(() -> index(document, serial));
            if (document.kind() == ResultKind.PARTNERS) {
                partnerNames.put(document.partners().get(0), new Text(document.label(), document.labelZh()));
            }
        }

        private long keep(Document document) {
            int serial = bySerial.size();
            bySerial.add(new Stored(document));
            serialByHref.put(document.href(), serial);
            return serial;
        }

        private void index(Document document, long serial) {
            try {
                timed(() -> writer.addDocument(FACETS.build(fields(document, serial, this))));
            } finally {
                waiting.release();
            }
        }

        private void flushNext() {
            timed(writer::flushNextBuffer);
        }

        /** Runs a step of the build, keeping its first failure and, on the helper thread, its CPU time. */
        private void timed(Step step) {
            boolean onHelper = Thread.currentThread().getName().equals("search-index-helper");
            long started = onHelper ? CPU.getCurrentThreadCpuTime() : 0;
            try {
                step.run();
            } catch (IOException | RuntimeException e) {
                failure.compareAndSet(null, e);
            }
            if (onHelper) {
                helperCpu.addAndGet(CPU.getCurrentThreadCpuTime() - started);
            }
        }

        private TokenStream analysed(String field, String text) {
            return analysed.get(field).computeIfAbsent(text, name -> Analysis.Tokens.of(field, name)).stream();
        }

        int size() {
            return serialByHref.size();
        }

        /** CPU time the helper thread spent indexing, in nanoseconds; the reading thread's is its own. */
        long helperCpuNanos() {
            return helperCpu.get();
        }

        /** Ends the first build: the index of the documents added. */
        SearchIndex build() {
            try {
                // Each indexing thread writes out one of the in-memory segments: a commit would write all on this thread.
                List<Future<?>> flushes = new ArrayList<>();
                for (int i = 0; i < INDEXING_THREADS; i++) {
                    flushes.add(helper.submit(this::flushNext));
                }
                for (Future<?> flush : flushes) {
                    flush.get();
                }
                helper.shutdown();
                if (!helper.awaitTermination(10, TimeUnit.MINUTES) || failure.get() != null) {
                    writer.rollback();
                    throw new IllegalStateException("The search index could not be built", failure.get());
                }
                analysed.values().forEach(Map::clear); // a change analyses the few names it has again
                inReadingOrder.sort(Placed.READING_ORDER); // given in reading order: one comparison each
                return publish();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while building the search index", e);
            } catch (ExecutionException e) {
                throw new IllegalStateException("The search index could not be built", e.getCause());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** Removes the document with this link, if there is one, from the next snapshot. */
        void remove(String href) {
            Integer serial = serialByHref.remove(href);
            if (serial == null) {
                return;
            }
            inReadingOrder.remove(Collections.binarySearch(inReadingOrder, bySerial.set(serial, null), Placed.READING_ORDER));
            removed.add((long) serial);
        }

        /** Puts this document, analysed and indexed anew, in place of the one with its link (if any) in the next snapshot. */
        void replace(Document document) throws IOException {
            remove(document.href());
            long serial = keep(document);
            Stored shown = bySerial.get((int) serial);
            inReadingOrder.add(-Collections.binarySearch(inReadingOrder, shown, Placed.READING_ORDER) - 1, shown);
            writer.addDocument(FACETS.build(fields(document, serial, this)));
        }

        /**
         * Shows this document in place of the one with its link in the next snapshot, without indexing it again: for a
         * person whose names (what is searched) are the same but whose list of events is not.
         */
        void reshow(Document document) throws IOException {
            Integer serial = serialByHref.get(document.href());
            if (serial == null) {
                replace(document);
                return;
            }
            Stored shown = new Stored(document);
            Stored before = bySerial.set(serial, shown);
            inReadingOrder.set(Collections.binarySearch(inReadingOrder, before, Placed.READING_ORDER), shown);
        }

        /**
         * The next snapshot: what was added, replaced, removed or reshown since the last. A removed document is only
         * marked deleted until {@link #expunge()}.
         */
        SearchIndex publish() throws IOException {
            if (!removed.isEmpty()) {
                // A few documents among 25,000: a scan of the serial numbers costs less than a unique term in every document.
                writer.deleteDocuments(NumericDocValuesField.newSlowSetQuery(SERIAL,
                        removed.stream().mapToLong(Long::longValue).toArray()));
                removed.clear();
            }
            writer.commit();
            return snapshot();
        }

        /**
         * The next snapshot with the deleted documents merged away, or null when there are none. A deleted document still
         * counts in BM25's statistics and leaves its words in the term dictionaries (spelling suggestions, longer words)
         * until its segment is merged; merged, the index is the one built anew. Merging rewrites every segment with a
         * deleted document, so it costs most of a change (docs/benchmarks.md).
         */
        SearchIndex expunge() throws IOException {
            if (!writer.hasDeletions()) {
                return null;
            }
            writer.forceMergeDeletes(true);
            writer.commit();
            return snapshot();
        }

        private SearchIndex snapshot() throws IOException {
            DirectoryReader next = reader == null ? DirectoryReader.open(directory) : DirectoryReader.openIfChanged(reader);
            if (next != null) { // null: nothing indexed changed, only what some documents show
                reader = next;
            }
            int[] placeBySerial = new int[bySerial.size()];
            for (int place = 0; place < inReadingOrder.size(); place++) {
                placeBySerial[serialByHref.get(inReadingOrder.get(place).href())] = place;
            }
            return new SearchIndex(reader, bySerial, placeBySerial, partnerNames);
        }

        /** Lets go of the index's files: a new corpus gets a new index. */
        void close() {
            try {
                writer.rollback();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @FunctionalInterface
        private interface Step {
            void run() throws IOException;
        }
    }

    private static org.apache.lucene.document.Document fields(Document document, long serial, Writer builder) {
        org.apache.lucene.document.Document fields = new org.apache.lucene.document.Document();
        fields.add(new StringField(KIND, document.kind().code(), Field.Store.NO));
        fields.add(new SortedSetDocValuesFacetField(KIND, document.kind().code()));
        fields.add(new NumericDocValuesField(SERIAL, serial));
        for (String name : document.names()) {
            fields.add(new Field(Analysis.NAMES, name, HIGHLIGHTED_IN_HEAP));
            fields.add(new Field(Analysis.WORDS, name, SEARCHED));
            if (Analysis.hasHan(name)) {
                fields.add(new Field(Analysis.NAMES_ZH, name, SEARCHED));
            }
        }
        if (labelZhApart(document.kind(), document.labelZh(), document.names())) {
            fields.add(new Field(Analysis.LABEL_ZH, document.labelZh(), HIGHLIGHTED_IN_HEAP));
            fields.add(new Field(Analysis.NAMES_ZH, document.labelZh(), SEARCHED));
            if (document.kind() != ResultKind.EVENTS) { // a name to suggest as you type; a headline is not one
                fields.add(new Field(Analysis.WORDS, document.labelZh(), SEARCHED));
            }
        }
        for (Document.Passage passage : document.passages()) {
            fields.add(new Field(Analysis.TEXT, passage.text(), HIGHLIGHTED));
        }
        for (String name : document.related()) {
            fields.add(new Field(Analysis.RELATED, builder.analysed(Analysis.RELATED, name), HIGHLIGHTED_IN_HEAP));
            if (Analysis.hasHan(name)) {
                fields.add(new Field(Analysis.RELATED_ZH, builder.analysed(Analysis.RELATED_ZH, name), SEARCHED));
            }
        }
        for (String name : document.relatedZh()) {
            fields.add(new Field(Analysis.RELATED_ZH, builder.analysed(Analysis.RELATED_ZH, name), SEARCHED));
        }
        for (String partner : document.partners()) {
            fields.add(new SortedSetDocValuesFacetField(PARTNER, partner));
        }
        if (document.date() != null) {
            fields.add(new SortedSetDocValuesFacetField(YEAR, String.valueOf(document.date().year())));
        }
        for (Map.Entry<String, FieldType> scored : NORMS_IN_EVERY_DOCUMENT) {
            if (fields.getField(scored.getKey()) == null) {
                fields.add(new Field(scored.getKey(), Analysis.Tokens.NONE.stream(), scored.getValue()));
            }
        }
        return fields;
    }

    /**
     * The scored fields some documents lack, each given to those as an empty value. An empty value adds a norm of 0 and
     * nothing else (no term, no change to a field's document count, so no change to a score); a field with a norm in
     * every document spares the flush a slow sparse look-up of each posting's norm.
     */
    private static final List<Map.Entry<String, FieldType>> NORMS_IN_EVERY_DOCUMENT = List.of(
            Map.entry(Analysis.NAMES, HIGHLIGHTED_IN_HEAP), Map.entry(Analysis.WORDS, SEARCHED),
            Map.entry(Analysis.NAMES_ZH, SEARCHED), Map.entry(Analysis.LABEL_ZH, HIGHLIGHTED_IN_HEAP),
            Map.entry(Analysis.RELATED, HIGHLIGHTED_IN_HEAP), Map.entry(Analysis.RELATED_ZH, SEARCHED));

    IndexSearcher searcher() {
        return searcher;
    }

    DirectoryReader reader() {
        return reader;
    }

    SortedSetDocValuesReaderState facets() {
        return facets;
    }

    /** A partner's names by its slug, for the partner facet. */
    Text partnerName(String slug) {
        return partnerNames.getOrDefault(slug, new Text(slug, null));
    }

    /** A folded word of the names as a name spells it (wasu: Wasu). */
    String spelling(String word) throws IOException {
        // The first document in reading order with the word, and its first name with it; only for a word suggested.
        int first = -1;
        for (LeafReaderContext leaf : reader.leaves()) {
            PostingsEnum docs = leaf.reader().postings(new Term(Analysis.WORDS, word), PostingsEnum.NONE);
            for (int doc = docs == null ? DocIdSetIterator.NO_MORE_DOCS : docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS;
                 doc = docs.nextDoc()) {
                if (first < 0 || places[leaf.docBase + doc] < places[first]) {
                    first = leaf.docBase + doc;
                }
            }
        }
        if (first < 0) {
            return word;
        }
        for (String name : shown[first].names()) {
            String spelt = Analysis.spelling(name, word);
            if (spelt != null) {
                return spelt;
            }
        }
        return word;
    }

    /**
     * What a result shows besides its highlighted running text, and the names the highlighter marks: kept in the heap
     * beside the index rather than in its stored fields.
     */
    record Stored(ResultKind kind, String href, String caption, String labelZh, List<String> names,
                  List<String> related, List<String> passageHrefs, PartialDate date, List<EntityRef> events)
            implements Placed {

        Stored(Document document) {
            this(document.kind(), document.href(), document.caption(), document.labelZh(), document.names(),
                    document.related(), document.passages().stream().map(Document.Passage::href).toList(),
                    document.date(), document.events());
        }

        @Override
        public String label() {
            return names.isEmpty() ? caption : names.get(0);
        }

        /** The Chinese label as indexed in {@link Analysis#LABEL_ZH}: none unless it is searched apart. */
        List<String> searchedLabelZh() {
            return labelZhApart(kind, labelZh, names) ? List.of(labelZh) : List.of();
        }
    }

    /** Whether a Chinese label is searched (and marked) apart from the names, in {@link Analysis#LABEL_ZH}. */
    private static boolean labelZhApart(ResultKind kind, String labelZh, List<String> names) {
        return labelZh != null && kind != ResultKind.SOURCES && !names.contains(labelZh);
    }

    Stored stored(int doc) {
        return shown[doc];
    }

    /** The slugs of the events with excerpts in these articles, as this index shows them. */
    Set<String> eventsCiting(Set<String> articles) {
        Set<String> events = new HashSet<>();
        for (Stored stored : articles.isEmpty() ? new Stored[0] : shown) {
            if (stored.kind() == ResultKind.EVENTS
                    && stored.passageHrefs().stream().anyMatch(href -> articles.contains(SearchDocuments.slug(href)))) {
                events.add(SearchDocuments.slug(stored.href()));
            }
        }
        return events;
    }

    /** The slugs of the people appearing in these events, as this index shows them. */
    Set<String> peopleIn(Set<String> events) {
        Set<String> people = new HashSet<>();
        for (Stored stored : events.isEmpty() ? new Stored[0] : shown) {
            if (stored.kind() == ResultKind.PEOPLE && stored.events().stream().anyMatch(event -> events.contains(event.slug()))) {
                people.add(SearchDocuments.slug(stored.href()));
            }
        }
        return people;
    }

    /** A document's place in reading order. */
    int place(int doc) {
        return places[doc];
    }

    /** The running text of a document, each passage a value, from the index's stored fields. */
    String[] text(StoredFields fields, int doc) throws IOException {
        return fields.document(doc, MARKED_TEXT).getValues(Analysis.TEXT);
    }

    static ResultKind kind(String code) {
        return KINDS.get(code);
    }

    private static final Map<String, ResultKind> KINDS = new HashMap<>();

    static {
        for (ResultKind kind : ResultKind.values()) {
            KINDS.put(kind.code(), kind);
        }
    }
}
