package org.beachhead.export;

import jakarta.persistence.EntityManager;
import org.beachhead.corpus.CorpusException;
import org.beachhead.corpus.CorpusImporter;
import org.beachhead.corpus.Curation.EventEntry;
import org.beachhead.corpus.Curation.QuoteEntry;
import org.beachhead.corpus.CurationJson;
import org.beachhead.corpus.ImportOutcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The dataset document round-trips: exported from a loaded corpus, written as JSON, and loaded
 * into an empty database through the corpus import, it gives back the same rows, read here by
 * queries of this test's own rather than by the exporter.
 */
@DataJpaTest(showSql = false)
@Import({CorpusImporter.class, DatasetExporter.class, DatasetLoader.class})
@ImportAutoConfiguration(JacksonAutoConfiguration.class)
class DatasetRoundTripTest {

    /** Children first, so that no foreign key blocks emptying the database. */
    private static final List<String> TABLES = List.of("mention", "excerpt", "question_claim",
            "question_side", "question", "claim_link", "event_role", "deal_role", "event_person", "event_rule",
            "event_regulator", "event_title", "event_partner", "event", "deal_title", "deal_partner", "deal",
            "title_alias", "title", "regulation_rule", "regulator", "person_alias", "person", "partner_alias", "partner",
            "article_body_segment", "article", "corpus_version");

    /** What the pages are made of, each as rows in a fixed order. Load order (by id) is compared too. */
    private static final Map<String, String> FACTS = new LinkedHashMap<>();

    static {
        FACTS.put("events", """
                select e.slug, e.headline, e.date, e.kind, e.datedBy, e.dateNote, d.slug
                from Event e left join e.deal d order by e.slug""");
        for (String association : List.of("partners", "titles", "regulators", "rules", "people")) {
            FACTS.put("event " + association,
                    "select e.slug, x.slug from Event e join e." + association + " x order by e.slug, x.slug");
        }
        FACTS.put("excerpts", """
                select x.purpose, e.slug, p.slug, g.slug, x.seq, a.slug, x.exact, x.span.start, x.span.end,
                       x.prefix, x.suffix, x.contextBefore, x.contextAfter
                from Excerpt x join x.article a left join x.event e left join x.partner p left join x.regulator g
                order by x.purpose, e.slug, p.slug, g.slug, x.seq""");
        FACTS.put("articles", """
                select a.slug, a.fileName, a.sha256, a.headline, a.headlineSupplied, a.publisher, a.published,
                       a.publishedBasis, a.publishedNote, a.publishedQuote from Article a order by a.slug""");
        FACTS.put("article bodies", "select a.slug, s.start, s.end from Article a join a.bodySegments s order by a.slug, s.start");
        FACTS.put("deals", "select d.slug, d.name, d.chineseName, d.type, d.status, d.statusAsOf, d.netflixParty, d.summary"
                + " from Deal d order by d.slug");
        FACTS.put("claims", """
                select e.slug, e.attribution, s.slug, e.relayedFrom, e.certainty, e.reported
                from Event e left join e.speaker s order by e.slug""");
        FACTS.put("event roles", "select e.slug, p.slug, r.role from Event e join e.roles r join r.partner p order by e.slug, p.slug");
        FACTS.put("deal roles", "select d.slug, p.slug, r.role from Deal d join d.roles r join r.partner p order by d.slug, p.slug");
        FACTS.put("claim links", """
                select e.slug, o.slug, l.relation from ClaimLink l join l.event e join l.other o order by e.slug, o.slug""");
        FACTS.put("questions", """
                select q.slug, q.text, q.seq, s.side, s.answer from Question q join q.sides s order by q.seq, s.side""");
        FACTS.put("question claims", """
                select q.slug, c.side, c.seq, e.slug from Question q join q.claims c join c.event e order by q.slug, c.seq""");
        FACTS.put("deal partners", "select d.slug, p.slug from Deal d join d.partners p order by d.slug, p.slug");
        FACTS.put("deal titles", "select d.slug, t.slug from Deal d join d.titles t order by d.slug, t.slug");
        FACTS.put("partners", "select p.slug, p.name, p.chineseName, p.kind, p.summary from Partner p order by p.slug");
        FACTS.put("partner aliases", "select p.slug, a from Partner p join p.aliases a order by p.slug, a");
        FACTS.put("people", "select m.slug, m.name, m.chineseName, m.role from Person m order by m.slug");
        FACTS.put("person aliases", "select m.slug, a from Person m join m.aliases a order by m.slug, a");
        FACTS.put("regulators", "select r.slug, r.name, r.shortName, r.chineseName, r.summary from Regulator r order by r.slug");
        FACTS.put("rules", "select u.slug, u.name, u.chineseName, r.slug, u.summary from Rule u left join u.regulator r order by u.slug");
        FACTS.put("titles", """
                select t.slug, t.name, t.chineseName, t.format, t.origin, t.episodes, t.summary from Title t order by t.slug""");
        FACTS.put("title aliases", "select t.slug, a from Title t join t.aliases a order by t.slug, a");
        FACTS.put("mentions", """
                select a.slug, m.subjectKind, m.subjectSlug, m.sentence.start, m.match.start, m.match.end
                from Mention m join m.article a order by a.slug, m.match.start, m.subjectKind, m.subjectSlug""");
        FACTS.put("load order", """
                select 'event', e.slug from Event e order by e.id""");
    }

    @Autowired
    CorpusImporter importer;

    @Autowired
    DatasetExporter exporter;

    @Autowired
    DatasetLoader loader;

    JsonMapper json;

    @Autowired
    void datasetJson(JsonMapper application) {
        json = CurationJson.mapper(application);
    }

    @Autowired
    EntityManager entityManager;

    @ParameterizedTest
    @ValueSource(strings = {"seeds", "src/test/resources/corpus/valid"})
    void aDatasetLoadedIntoAnEmptyDatabaseGivesBackTheSameCorpus(String folder) {
        importer.importCorpus(Path.of(folder), "curation.yaml");
        Map<String, List<List<Object>>> before = facts();
        Map<String, String> textsBefore = articleTextHashes();
        byte[] document = document();
        Dataset exported = json.readValue(document, Dataset.class);

        emptyTheDatabase();
        assertThat(facts().get("events")).isEmpty();
        ImportOutcome outcome = loader.load(json.readValue(document, Dataset.class));
        entityManager.clear();

        assertThat(outcome.changed()).isTrue();
        assertThat(before.get("events")).hasSize(exported.events().size()).isNotEmpty();
        assertThat(before.get("excerpts")).isNotEmpty();
        if (folder.equals("seeds")) {
            assertThat(before.get("event roles")).as("the shipped corpus has other roles").isNotEmpty();
            assertThat(before.get("claim links")).isNotEmpty();
            assertThat(before.get("question claims")).isNotEmpty();
        }
        Map<String, List<List<Object>>> after = facts();
        assertThat(after.keySet()).containsExactlyElementsOf(before.keySet());
        FACTS.keySet().forEach(name -> assertThat(after.get(name)).as(name).isEqualTo(before.get(name)));
        assertThat(articleTextHashes()).isEqualTo(textsBefore);
        assertThat(textsBefore).allSatisfy((slug, hash) ->
                assertThat(before.get("articles")).anySatisfy(row -> assertThat(row).startsWith(slug).contains(hash)));
    }

    @Test
    void exportingTheReloadedCorpusGivesTheSameDocumentAndReloadingItChangesNothing() {
        importer.importCorpus(Path.of("seeds"), "curation.yaml");
        Dataset first = export();
        emptyTheDatabase();
        ImportOutcome loaded = loader.load(first);

        Dataset second = export();

        assertThat(second.contentHash()).isEqualTo(loaded.contentHash()).isNotEqualTo(first.contentHash());
        assertThat(withoutHash(second)).isEqualTo(withoutHash(first));
        assertThat(loader.load(second).changed()).as("the same content again is not imported again").isFalse();
    }

    @Test
    void aDatasetGoesThroughTheSameVerificationAsTheCorpusFolder() {
        importer.importCorpus(Path.of("src/test/resources/corpus/valid"), "curation.yaml");
        Dataset dataset = export();
        List<List<Object>> before = facts().get("excerpts");
        List<EventEntry> events = new ArrayList<>(dataset.events());
        EventEntry event = events.get(0);
        QuoteEntry quote = event.excerpts().get(0);
        events.set(0, new EventEntry(event.slug(), event.date(), event.datedBy(), event.dateNote(), event.dateNoteZh(),
                event.dateQuote(), event.kind(), event.headline(), event.headlineZh(), event.claim(), event.deal(), event.partners(), event.others(),
                event.titles(), event.regulators(), event.rules(), event.people(), event.links(), event.key(),
                List.of(new QuoteEntry(quote.article(), "Words nobody wrote.", 0, 19, null)), null));
        Dataset tampered = new Dataset(dataset.format(), dataset.contentHash(), dataset.articles(), dataset.partners(),
                dataset.people(), dataset.regulators(), dataset.rules(), dataset.titles(), dataset.deals(), events,
                dataset.questions());

        assertThatThrownBy(() -> loader.load(tampered))
                .isInstanceOf(CorpusException.class)
                .hasMessageContaining("event '" + event.slug() + "' excerpts: quote not found in article '" + quote.article() + "'")
                .hasMessageContaining("Words nobody wrote.");
        assertThat(facts().get("excerpts")).isEqualTo(before);
    }

    @Test
    void aDatasetOfAnotherFormatIsRefused() {
        Dataset future = new Dataset(Dataset.FORMAT + 1, null, List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of());

        assertThatThrownBy(() -> loader.load(future)).isInstanceOf(CorpusException.class)
                .hasMessageContaining("dataset format " + (Dataset.FORMAT + 1) + " cannot be read");
    }

    @Test
    void aDocumentFileIsReadAsTheCurationItHoldsAndAnUnknownCodeIsRefused(@TempDir Path folder) throws IOException {
        importer.importCorpus(Path.of("src/test/resources/corpus/valid"), "curation.yaml");
        Path file = folder.resolve("dataset.json");
        Files.write(file, document());

        assertThat(loader.read(file)).isEqualTo(export().curation());

        Files.writeString(file, Files.readString(file).replace("\"kind\":\"talks\"", "\"kind\":\"rumour\""));
        assertThatThrownBy(() -> loader.read(file)).isInstanceOf(CorpusException.class)
                .hasMessageContaining("not a dataset document").hasMessageContaining("'rumour' is not one of: deal, talks");
    }

    @Test
    void theStreamedDocumentIsTheOneJacksonWritesForTheWholeDataset() {
        importer.importCorpus(Path.of("seeds"), "curation.yaml");

        byte[] streamed = document();

        assertThat(new String(streamed, StandardCharsets.UTF_8))
                .isEqualTo(new String(json.writeValueAsBytes(json.readValue(streamed, Dataset.class)), StandardCharsets.UTF_8));
    }

    private byte[] document() {
        ByteArrayOutputStream document = new ByteArrayOutputStream();
        exporter.write(document, importer.loadedContentHash().orElse(null));
        return document.toByteArray();
    }

    private Dataset export() {
        return json.readValue(document(), Dataset.class);
    }

    private Map<String, List<List<Object>>> facts() {
        Map<String, List<List<Object>>> facts = new LinkedHashMap<>();
        FACTS.forEach((name, jpql) -> facts.put(name, entityManager.createQuery(jpql, Object[].class).getResultList()
                .stream().map(Arrays::asList).toList()));
        return facts;
    }

    /** SHA-256 of each article's text as stored, by slug: the verbatim text survives the trip. */
    private Map<String, String> articleTextHashes() {
        Map<String, String> hashes = new LinkedHashMap<>();
        entityManager.createQuery("select a.slug, a.text from Article a order by a.slug", Object[].class).getResultList()
                .forEach(row -> hashes.put((String) row[0], sha256((String) row[1])));
        return hashes;
    }

    private void emptyTheDatabase() {
        entityManager.flush();
        TABLES.forEach(table -> entityManager.createNativeQuery("delete from " + table).executeUpdate());
        entityManager.clear();
    }

    private static Dataset withoutHash(Dataset dataset) {
        return new Dataset(dataset.format(), null, dataset.articles(), dataset.partners(), dataset.people(),
                dataset.regulators(), dataset.rules(), dataset.titles(), dataset.deals(), dataset.events(),
                dataset.questions());
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
