package org.beachhead.corpus;

import jakarta.persistence.EntityManager;
import org.beachhead.deal.DealQueries;
import org.beachhead.timeline.CorpusCounts;
import org.beachhead.timeline.EventCards;
import org.beachhead.timeline.EventLinkIndex;
import org.beachhead.timeline.EventQueries;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 15: a corpus that would remove articles, events, deals or excerpts of the one loaded is
 * refused, naming what would be lost, unless the curation file retires them or the start allows it.
 */
@DataJpaTest(showSql = false)
// CorpusImporterTest's configuration, so that the two share one application context.
@Import({CorpusImporter.class, EventQueries.class, CorpusCounts.class, EventCards.class, EventLinkIndex.class, DealQueries.class})
class NoSilentShrinkingTest {

    private static final String LAST_EVENT = """
              - slug: beta-mid-2015
                date: 2015-06
                dated_by: inferred
                date_note: "Test: a month date sorts after the year-only date of the same year."
                date_note_zh: "中文：Test: a month date sorts after the year-only date of the same year."
                kind: statement
                headline: "Beta Media comments"
                headline_zh: "中文：Beta Media comments"
                attribution: reporting
                certainty: stated
                partners: [beta, alpha]
                excerpts:
                  - article: wire-alpha
                    quote: "Beta Media has been in talks with Netflix"
                  - article: wire-alpha
                    quote: "Alpha Corp, a video platform in Beijing"
            """;

    @Autowired
    CorpusImporter importer;

    @Autowired
    EntityManager entityManager;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    LoadedContent loaded;

    @Autowired
    ChangeContext context;

    @TempDir
    Path folder;

    @BeforeEach
    void loadTheGoodCorpus() {
        importer.importCorpus(FixtureCorpus.VALID, FixtureCorpus.FILE);
        FixtureCorpus.copyTo(folder);
    }

    @Test
    void aFileCutAtAnEntryBoundaryIsRefusedNamingTheEventsItWouldLose() {
        // A cut after the fourth event that also kept the closing line: valid, verifiable, and one event short.
        FixtureCorpus.edit(folder, LAST_EVENT, "");
        Map<String, Long> before = rowCounts();

        assertThatThrownBy(() -> importer.importCorpus(folder, FixtureCorpus.FILE))
                .isInstanceOf(CorpusException.class)
                .hasMessageContaining("would remove 1 of the 5 events loaded before: beta-mid-2015")
                .hasMessageContaining("retired");
        assertThat(rowCounts()).isEqualTo(before);
    }

    /** Issue 15's fault list: each broken edit is refused, and the corpus loaded before stays whole. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"truncated", "emptied", "altered quote", "altered article"})
    void aBrokenEditIsRefusedAndTheLoadedCorpusStays(String fault) throws IOException {
        Path curation = folder.resolve(FixtureCorpus.FILE);
        String text = Files.readString(curation);
        switch (fault) {
            case "truncated" -> Files.writeString(curation, text.substring(0, text.indexOf("events:\n")));
            case "emptied" -> Files.writeString(curation, "");
            case "altered quote" -> FixtureCorpus.edit(folder, "quote: \"Beta Media has been in talks with Netflix\"",
                    "quote: \"Beta Media has signed with Netflix\"");
            default -> Files.writeString(folder.resolve("alpha.txt"), Files.readString(folder.resolve("alpha.txt")) + "Invented.\n");
        }
        Map<String, Long> before = rowCounts();
        String version = importer.loadedContentHash().orElseThrow();

        assertThatThrownBy(() -> importer.importCorpus(folder, FixtureCorpus.FILE)).isInstanceOf(CorpusException.class)
                .hasMessageContaining(fault.equals("altered article") ? "alpha.txt" : FixtureCorpus.FILE);
        assertThat(rowCounts()).isEqualTo(before);
        assertThat(importer.loadedContentHash()).hasValue(version);
    }

    @Test
    void aRetiredEventIsRemoved() {
        FixtureCorpus.edit(folder, LAST_EVENT, "");
        FixtureCorpus.edit(folder, "\n...\n", "\nretired:\n  events: [beta-mid-2015]\n...\n");

        assertThat(importer.importCorpus(folder, FixtureCorpus.FILE).events()).isEqualTo(4);
        assertThat(rowCounts()).containsEntry("event", 4L);
    }

    @Test
    void aStartThatAllowsRemovalsLoadsTheSmallerCorpus() {
        FixtureCorpus.edit(folder, LAST_EVENT, "");
        CorpusImporter allowing = new CorpusImporter(entityManager, transaction, events, loaded, context, true);

        assertThat(allowing.importCorpus(folder, FixtureCorpus.FILE).events()).isEqualTo(4);
    }

    @Test
    void anExcerptDroppedFromAnEventThatStaysIsRefusedUnlessRetired() {
        FixtureCorpus.edit(folder, """
                      - article: wire-alpha
                        quote: "\\"We're delighted to bring these shows to China.\\""
                """, "");
        Map<String, Long> before = rowCounts();

        assertThatThrownBy(() -> importer.importCorpus(folder, FixtureCorpus.FILE))
                .hasMessageContaining("would remove 1 excerpt(s) of event alpha-deal-signed");
        assertThat(rowCounts()).isEqualTo(before);

        FixtureCorpus.edit(folder, "\n...\n", "\nretired:\n  excerpts: [alpha-deal-signed]\n...\n");
        assertThat(importer.importCorpus(folder, FixtureCorpus.FILE).excerpts()).isEqualTo(before.get("excerpt") - 1);
    }

    private Map<String, Long> rowCounts() {
        Map<String, Long> counts = new TreeMap<>();
        for (String table : List.of("article", "event", "deal", "excerpt", "corpus_version")) {
            counts.put(table, ((Number) entityManager.createNativeQuery("select count(*) from " + table).getSingleResult()).longValue());
        }
        return counts;
    }
}
