package org.beachhead.corpus;

import org.beachhead.corpus.CorpusHistory.Version;
import org.beachhead.web.PageTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A save the importer can write in place (events added, changed, linked, retired; articles added) is applied as a
 * change, and leaves the database exactly as a full import of the same version would: every row of every corpus
 * table, with ids read as the slugs they stand for. A change the importer cannot write in place, or one with a
 * problem, takes the whole way, whose verification names the problem.
 */
@RecordApplicationEvents
class IncrementalSaveTest extends PageTest {

    private static final String FILE = "curation.yaml";
    private static final String NEW_EVENT = """
              - slug: bardo-press-release-again
                date: "c. 2017-08"
                dated_by: inferred
                date_note: "Reported in the CGTN article of 12 August 2017."
                date_note_zh: "见于CGTN 2017年8月12日的文章。"
                kind: deal
                headline: "A second reading of the Bardo press release"
                headline_zh: "再读《Bardo》新闻稿"
                attribution: reporting
                certainty: reported
                deal: iqiyi-bardo
                partners: [iqiyi]
                titles: [bardo]
                excerpts:
                  - article: cgtn-2017-netflix-first-chinese-original
                    quote: "In a press release Friday, the streaming platform announced a partnership with iQiyi, one of China’s most popular online TV and movie portals, for its first Chinese-language original series from Taiwan called Bardo."

            """;
    /** The tables an import writes, and what their id columns stand for. */
    private static final List<String> TABLES = List.of("mention", "excerpt", "question_claim", "question_side", "question",
            "claim_link", "event_role", "event_person", "event_rule", "event_regulator", "event_title", "event_partner",
            "event", "deal_title", "deal_role", "deal_partner", "deal", "title_alias", "title", "regulation_rule",
            "regulator", "person_alias", "person", "partner_alias", "partner", "article_body_segment", "article",
            "corpus_version");
    private static final Map<String, String> REFERENCES = Map.ofEntries(Map.entry("EVENT_ID", "event"),
            Map.entry("OTHER_EVENT_ID", "event"), Map.entry("SPEAKER_ID", "person"), Map.entry("DEAL_ID", "deal"),
            Map.entry("PARTNER_ID", "partner"), Map.entry("TITLE_ID", "title"), Map.entry("REGULATOR_ID", "regulator"),
            Map.entry("RULE_ID", "regulation_rule"), Map.entry("PERSON_ID", "person"), Map.entry("ARTICLE_ID", "article"),
            Map.entry("QUESTION_ID", "question"));

    @Autowired
    CorpusHistory history;

    @Autowired
    CorpusImporter importer;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEvents announced;

    @AfterEach
    void shippedCorpusAgain() {
        ShippedCorpus.servedAgain(history);
    }

    @Test
    void anAddedClaimIsWrittenInPlaceAsAFullImportWouldWriteIt() {
        save("Add a claim", text -> text.replace("\nquestions:\n", "\n" + NEW_EVENT + "questions:\n"));

        assertAppliedAsChange("bardo-press-release-again");
        assertSameAsFullImport();
        assertThat(page("/events/bardo-press-release-again")).contains("A second reading of the Bardo press release");
    }

    @Test
    void aChangedHeadlineALinkAndARetiredClaimAreWrittenInPlace() {
        save("Change a headline", text -> text.replace(
                "headline: \"Wasu, a Hangzhou cable and broadband operator, begins working with Alibaba on set-top boxes\"",
                "headline: \"Wasu, the Hangzhou cable operator, starts making set-top boxes with Alibaba\""));
        assertAppliedAsChange("wasu-alibaba-set-top-boxes");
        assertSameAsFullImport();
        assertThat(page("/events/wasu-alibaba-set-top-boxes")).contains("starts making set-top boxes with Alibaba");

        save("Link two claims", text -> text.replace(
                "    certainty: plan\n    excerpts:\n      - article: blog-2015-netflix-letv-talks\n",
                "    certainty: plan\n    contradicts: [wasu-alibaba-set-top-boxes]\n    excerpts:\n"
                        + "      - article: blog-2015-netflix-letv-talks\n"));
        assertAppliedAsChange("us-china-co-productions-blog");
        assertSameAsFullImport();

        save("Retire a claim", text -> retire(text, "us-china-co-productions-blog"));
        assertAppliedAsChange();
        assertThat(lastOutcome().part().orElseThrow().removedEvents()).containsExactly("us-china-co-productions-blog");
        assertSameAsFullImport();
        assertThat(status("/events/us-china-co-productions-blog")).isEqualTo(404);
    }

    @Test
    void anAddedArticleAndItsRevertAreWrittenInPlaceAsAFullImportWouldWriteThem() throws Exception {
        Version base = newest();
        String capture = "005_7d855694b7693139.txt";
        byte[] bytes = history.file(base.number(), "000_7d855694b7693139.txt").orElseThrow();
        String manifest = new String(history.file(base.number(), "MANIFEST.sha256").orElseThrow(), StandardCharsets.UTF_8)
                + CorpusVerifier.sha256Hex(bytes) + "  " + capture + "\n";
        String text = history.curationText(base.number());
        String entry = text.substring(text.indexOf("  - slug: cgtn-2017-netflix-first-chinese-original\n"),
                text.indexOf("  - slug: essay-netflix-absence-from-mainland-china\n"))
                .replace("cgtn-2017-netflix-first-chinese-original", "cgtn-2017-second-capture")
                .replace("000_7d855694b7693139.txt", capture);
        String edited = text.replace("\npartners:\n", "\n" + entry + "partners:\n");
        assertThat(edited).isNotEqualTo(text);

        history.save(base.number(), "editor", "Add an article", Map.of(FILE, edited.getBytes(StandardCharsets.UTF_8),
                "MANIFEST.sha256", manifest.getBytes(StandardCharsets.UTF_8), capture, bytes));

        assertAppliedAsChange();
        assertThat(lastOutcome().part().orElseThrow().articles()).containsExactly("cgtn-2017-second-capture");
        assertThat(jdbc.sql("select count(*) from mention m join article a on a.id = m.article_id where a.slug = ?")
                .param("cgtn-2017-second-capture").query(Integer.class).single()).as("its mentions").isPositive();
        assertSameAsFullImport();

        Version added = newest();
        history.revert(added.number(), added.number(), "editor");
        assertAppliedAsChange();
        assertThat(lastOutcome().part().orElseThrow().removedArticles()).containsExactly("cgtn-2017-second-capture");
        assertSameAsFullImport();
    }

    @Test
    void aQuoteNotInItsArticleIsRefusedWithTheFullVerificationsWords() {
        Version base = newest();
        String broken = NEW_EVENT.replace("In a press release Friday", "In a press statement Monday");

        assertThatThrownBy(() -> save("Add a broken claim", text -> text.replace("\nquestions:\n", "\n" + broken + "questions:\n")))
                .isInstanceOf(CorpusException.class)
                .hasMessageContaining("event 'bardo-press-release-again'")
                .hasMessageContaining("quote not found in article 'cgtn-2017-netflix-first-chinese-original'");
        assertThat(newest()).isEqualTo(base);
        assertThat(status("/events/bardo-press-release-again")).isEqualTo(404);
    }

    @Test
    void retiringAClaimThatAnotherLinksToIsRefused() {
        Version base = newest();

        assertThatThrownBy(() -> save("Retire a linked claim", text -> retire(text, "bardo-ifa-media-sam-quah")))
                .isInstanceOf(CorpusException.class)
                .hasMessageContaining("unknown event 'bardo-ifa-media-sam-quah'");
        assertThat(newest()).isEqualTo(base);
    }

    @Test
    void aClaimRemovedWithoutBeingRetiredIsRefused() {
        Version base = newest();

        assertThatThrownBy(() -> save("Drop a claim", text -> text.replace(entry(text, "us-china-co-productions-blog"), "")))
                .isInstanceOf(CorpusException.class)
                .hasMessageContaining("would remove 1 of the")
                .hasMessageContaining("us-china-co-productions-blog");
        assertThat(newest()).isEqualTo(base);
    }

    @Test
    void aRevertIsAppliedAsAChangeToo() {
        save("Add a claim", text -> text.replace("\nquestions:\n", "\n" + NEW_EVENT + "questions:\n"));
        Version added = newest();

        history.revert(added.number(), added.number(), "editor");

        assertAppliedAsChange();
        assertThat(lastOutcome().part().orElseThrow().removedEvents()).containsExactly("bardo-press-release-again");
        assertSameAsFullImport();
        assertThat(status("/events/bardo-press-release-again")).isEqualTo(404);
    }

    private void save(String summary, UnaryOperator<String> edit) {
        Version base = newest();
        String text = history.curationText(base.number());
        String edited = edit.apply(text);
        assertThat(edited).as("the edit applies").isNotEqualTo(text);
        history.save(base.number(), "editor", summary, Map.of(FILE, edited.getBytes(StandardCharsets.UTF_8)));
    }

    private static String retire(String text, String slug) {
        return text.replace(entry(text, slug), "").replace("\n...\n", "\nretired:\n  events: [" + slug + "]\n...\n");
    }

    /** The event's entry, from its first line to the next entry. */
    private static String entry(String text, String slug) {
        int start = text.indexOf("  - slug: " + slug + "\n", text.indexOf("\nevents:\n"));
        int end = text.indexOf("\n  - slug: ", start + 1);
        return text.substring(start, end + 1);
    }

    private ImportOutcome lastOutcome() {
        List<ImportOutcome> outcomes = announced.stream(ImportOutcome.class).toList();
        assertThat(outcomes).isNotEmpty();
        return outcomes.get(outcomes.size() - 1);
    }

    private void assertAppliedAsChange(String... written) {
        ImportOutcome outcome = lastOutcome();
        assertThat(outcome.part()).as("applied as a change, not a full import").isPresent();
        assertThat(outcome.part().orElseThrow().events()).contains(written);
    }

    /** Loads the newest version again, whole, and compares every row with what the change wrote. */
    private void assertSameAsFullImport() {
        Map<String, List<String>> applied = rows();
        int newest = newest().number();
        jdbc.sql("delete from corpus_version").update();
        importer.importVerified(() -> CorpusVerifier.verify(history.stored(newest)), true, corpus -> {
        });
        Map<String, List<String>> imported = rows();
        assertThat(applied).isEqualTo(imported);
    }

    private Map<String, List<String>> rows() {
        Map<String, Map<Object, Object>> slugs = new HashMap<>();
        for (String table : List.of("event", "person", "deal", "partner", "title", "regulator", "regulation_rule", "article", "question")) {
            Map<Object, Object> byId = new HashMap<>();
            jdbc.sql("select id, slug from " + table).query().listOfRows().forEach(row -> byId.put(row.get("ID"), row.get("SLUG")));
            slugs.put(table, byId);
        }
        Map<String, List<String>> rows = new TreeMap<>();
        for (String table : TABLES) {
            List<String> lines = new ArrayList<>();
            for (Map<String, Object> row : jdbc.sql("select * from " + table).query().listOfRows()) {
                Map<String, Object> read = new TreeMap<>();
                row.forEach((column, value) -> {
                    if (column.equals("ID") || column.equals("LOADED_AT") || column.equals("IMPORTED_AT")) {
                        return;
                    }
                    read.put(column, REFERENCES.containsKey(column) && value != null
                            ? slugs.get(REFERENCES.get(column)).get(value) : value);
                });
                lines.add(read.toString());
            }
            lines.sort(null);
            rows.put(table, lines);
        }
        return rows;
    }

    private Version newest() {
        return history.newest().orElseThrow();
    }

    private String page(String path) {
        return new String(request(path).body(), StandardCharsets.UTF_8);
    }

    private int status(String path) {
        return request(path).statusCode();
    }
}
