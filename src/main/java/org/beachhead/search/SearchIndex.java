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
import org.apache.lucene.index.Term;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
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
import java.util.HashMap;
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
 * A Lucene index of the searchable corpus, in memory ({@link ByteBuffersDirectory}) and never changed once
 * built: a new corpus gets a new index. It keeps what a result shows as stored fields, so that nothing is
 * read from the database to answer a search.
 */
final class SearchIndex {

    static final String KIND = "kind";
    static final String PARTNER = "partner";
    static final String YEAR = "year";
    static final String ORDER = "order";
    static final String KIND_ORDINAL = "kind_ordinal";
    /** The only stored field: the running text, read by the highlighter for the results that matched in it. */
    private static final Set<String> MARKED_TEXT = Set.of(Analysis.TEXT);
    /** Lucene's in-memory buffer before it writes a segment: enough for few segments, small beside a 256 MiB heap. */
    private static final int RAM_BUFFER_MB = 24;
    /** Documents waiting for the indexing threads: enough to keep them busy, few enough to hold little memory. */
    private static final int QUEUED_DOCUMENTS = 64;
    /** The machine's two cores; the reading thread mostly waits for the database meanwhile. */
    private static final int INDEXING_THREADS = 2;
    private static final Sort IN_ORDER = new Sort(new SortField(ORDER, SortField.Type.LONG));
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

    private SearchIndex(DirectoryReader reader, List<Stored> byOrder, Map<String, Text> partnerNames)
            throws IOException {
        this.reader = reader;
        this.searcher = new IndexSearcher(reader);
        searcher.setSimilarity(new BM25Similarity());
        this.facets = new DefaultSortedSetDocValuesReaderState(reader, FACETS);
        this.shown = new Stored[reader.maxDoc()];
        for (LeafReaderContext leaf : reader.leaves()) {
            NumericDocValues orders = DocValues.getNumeric(leaf.reader(), ORDER);
            for (int doc = orders.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = orders.nextDoc()) {
                shown[leaf.docBase + doc] = byOrder.get((int) orders.longValue());
            }
        }
        this.partnerNames = Map.copyOf(partnerNames);
    }

    /**
     * Takes the documents one at a time, in reading order, so the corpus need never be in memory whole. Two other
     * threads analyse and index them while the reading one goes on reading (the database, a fifth of a build, is then
     * read while the article bodies given first are indexed); it waits when {@link #QUEUED_DOCUMENTS} are waiting.
     */
    static final class Builder {

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
        private final List<Stored> shown = new ArrayList<>();
        private long order;

        Builder() {
            IndexWriterConfig config = new IndexWriterConfig(Analysis.PER_FIELD)
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                    .setRAMBufferSizeMB(RAM_BUFFER_MB)
                    .setUseCompoundFile(false); // in memory, a compound file would only be one more copy
            helper.allowCoreThreadTimeOut(true); // gone soon after the last document, even if the build failed
            try {
                writer = new IndexWriter(directory, config);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        void add(Document document) {
            long position = order++;
            shown.add(new Stored(document));
            waiting.acquireUninterruptibly();
            helper.execute(() -> index(document, position));
            if (document.kind() == ResultKind.PARTNERS) {
                partnerNames.put(document.partners().get(0), new Text(document.label(), document.labelZh()));
            }
        }

        private void index(Document document, long position) {
            try {
                timed(() -> writer.addDocument(FACETS.build(fields(document, position, this))));
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
            return (int) order;
        }

        /** CPU time the helper thread spent indexing, in nanoseconds; the reading thread's is its own. */
        long helperCpuNanos() {
            return helperCpu.get();
        }

        SearchIndex build() {
            try {
                // Each indexing thread writes out one of the in-memory segments: close() would write all on this thread.
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
                writer.close();
                return new SearchIndex(DirectoryReader.open(directory), shown, partnerNames);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while building the search index", e);
            } catch (ExecutionException e) {
                throw new IllegalStateException("The search index could not be built", e.getCause());
            }
        }

        @FunctionalInterface
        private interface Step {
            void run() throws IOException;
        }
    }

    private static org.apache.lucene.document.Document fields(Document document, long order, Builder builder) {
        org.apache.lucene.document.Document fields = new org.apache.lucene.document.Document();
        fields.add(new StringField(KIND, document.kind().code(), Field.Store.NO));
        fields.add(new SortedSetDocValuesFacetField(KIND, document.kind().code()));
        fields.add(new NumericDocValuesField(ORDER, order));
        fields.add(new NumericDocValuesField(KIND_ORDINAL, document.kind().ordinal()));
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
        return fields;
    }

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
        TopDocs first = searcher.search(new TermQuery(new Term(Analysis.WORDS, word)), 1, IN_ORDER);
        if (first.scoreDocs.length == 0) {
            return word;
        }
        for (String name : shown[first.scoreDocs[0].doc].names()) {
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
                  List<String> related, List<String> passageHrefs, PartialDate date, List<EntityRef> events) {

        Stored(Document document) {
            this(document.kind(), document.href(), document.caption(), document.labelZh(), document.names(),
                    document.related(), document.passages().stream().map(Document.Passage::href).toList(),
                    document.date(), document.events());
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
