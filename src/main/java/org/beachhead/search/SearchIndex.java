package org.beachhead.search;

import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.beachhead.common.EntityRef;
import org.beachhead.common.PartialDate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
    private static final String HREF = "href";
    private static final String CAPTION = "caption";
    private static final String PASSAGE_HREF = "passage_href";
    private static final String DATE = "date";
    private static final String EVENT = "event";
    private static final char SEPARATOR = '\u001F';

    /** Stored, with offsets in the postings so the highlighter finds matches without analysing the text again. */
    private static final FieldType HIGHLIGHTED = new FieldType();
    /** Searched only: Chinese words and the unstemmed words of names. */
    private static final FieldType SEARCHED = new FieldType();

    static {
        HIGHLIGHTED.setTokenized(true);
        HIGHLIGHTED.setStored(true);
        HIGHLIGHTED.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        HIGHLIGHTED.freeze();
        SEARCHED.setTokenized(true);
        SEARCHED.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);
        SEARCHED.freeze();
    }

    static final FacetsConfig FACETS = new FacetsConfig();

    static {
        FACETS.setMultiValued(PARTNER, true);
    }

    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final SortedSetDocValuesReaderState facets;
    private final int documents;

    private SearchIndex(DirectoryReader reader, int documents) throws IOException {
        this.reader = reader;
        this.searcher = new IndexSearcher(reader);
        searcher.setSimilarity(new BM25Similarity());
        this.facets = new DefaultSortedSetDocValuesReaderState(reader, FACETS);
        this.documents = documents;
    }

    static SearchIndex build(List<Document> documents) {
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        IndexWriterConfig config = new IndexWriterConfig(Analysis.PER_FIELD)
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                .setRAMBufferSizeMB(32)
                .setCommitOnClose(true);
        try (IndexWriter writer = new IndexWriter(directory, config)) {
            long order = 0;
            for (Document document : documents) {
                writer.addDocument(FACETS.build(fields(document, order++)));
            }
            writer.forceMerge(1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            return new SearchIndex(DirectoryReader.open(directory), documents.size());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static org.apache.lucene.document.Document fields(Document document, long order) {
        org.apache.lucene.document.Document fields = new org.apache.lucene.document.Document();
        fields.add(new StringField(KIND, document.kind().code(), Field.Store.YES));
        fields.add(new SortedSetDocValuesFacetField(KIND, document.kind().code()));
        fields.add(new NumericDocValuesField(ORDER, order));
        if (document.href() != null) {
            fields.add(new StoredField(HREF, document.href()));
        }
        if (document.caption() != null) {
            fields.add(new StoredField(CAPTION, document.caption()));
        }
        for (String name : document.names()) {
            fields.add(new Field(Analysis.NAMES, name, HIGHLIGHTED));
            fields.add(new Field(Analysis.WORDS, name, SEARCHED));
            if (Analysis.hasHan(name)) {
                fields.add(new Field(Analysis.NAMES_ZH, name, SEARCHED));
            }
        }
        for (Document.Passage passage : document.passages()) {
            fields.add(new Field(Analysis.TEXT, passage.text(), HIGHLIGHTED));
            fields.add(new StoredField(PASSAGE_HREF, passage.href()));
        }
        for (String name : document.related()) {
            fields.add(new Field(Analysis.RELATED, name, HIGHLIGHTED));
            if (Analysis.hasHan(name)) {
                fields.add(new Field(Analysis.RELATED_ZH, name, SEARCHED));
            }
        }
        for (String partner : document.partners()) {
            fields.add(new SortedSetDocValuesFacetField(PARTNER, partner));
        }
        if (document.date() != null) {
            fields.add(new SortedSetDocValuesFacetField(YEAR, String.valueOf(document.date().year())));
            fields.add(new StoredField(DATE, (document.date().approximate() ? "c. " : "") + document.date().iso()));
        }
        for (EntityRef event : document.events()) {
            fields.add(new StoredField(EVENT, event.slug() + SEPARATOR + event.name()));
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

    int size() {
        return documents;
    }

    /** What a result shows besides its highlighted texts, read from the stored fields. */
    record Stored(ResultKind kind, String href, String caption, List<String> names, List<String> passageHrefs,
                  PartialDate date, List<EntityRef> events) {
    }

    Stored stored(int doc) throws IOException {
        StoredFields stored = reader.storedFields();
        org.apache.lucene.document.Document fields = stored.document(doc);
        List<EntityRef> events = new ArrayList<>();
        for (IndexableField event : fields.getFields(EVENT)) {
            String value = event.stringValue();
            int cut = value.indexOf(SEPARATOR);
            events.add(new EntityRef(value.substring(0, cut), value.substring(cut + 1)));
        }
        String date = fields.get(DATE);
        return new Stored(KINDS.get(fields.get(KIND)), fields.get(HREF), fields.get(CAPTION),
                List.of(fields.getValues(Analysis.NAMES)), List.of(fields.getValues(PASSAGE_HREF)),
                date == null ? null : PartialDate.parse(date), events);
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
