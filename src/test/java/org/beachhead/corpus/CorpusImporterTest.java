package org.beachhead.corpus;

import jakarta.persistence.EntityManager;
import org.beachhead.deal.DealQueries;
import org.beachhead.timeline.EventCards;
import org.beachhead.timeline.EventLinkIndex;
import org.beachhead.timeline.CorpusCounts;
import org.beachhead.timeline.EventQueries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.context.annotation.Import;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DataJpaTest(showSql = false)
@Import({CorpusImporter.class, EventQueries.class, CorpusCounts.class, EventCards.class, EventLinkIndex.class, DealQueries.class})
class CorpusImporterTest {

    private static final List<String> TABLES = List.of("article", "article_body_segment", "partner", "partner_alias",
            "person", "regulator", "regulation_rule", "title", "deal", "deal_partner", "deal_title", "event",
            "event_partner", "event_title", "event_regulator", "event_rule", "event_person", "excerpt", "corpus_version");

    @Autowired
    CorpusImporter importer;

    @Autowired
    EntityManager entityManager;

    @TempDir
    Path folder;

    @Test
    void loadsEveryEntityOfTheCorpus() {
        ImportOutcome outcome = importer.importCorpus(FixtureCorpus.VALID, FixtureCorpus.FILE);

        assertThat(outcome.changed()).isTrue();
        assertThat(outcome.articles()).isEqualTo(2);
        assertThat(outcome.events()).isEqualTo(5);
        assertThat(rowCounts()).containsEntry("event", 5L).containsEntry("partner", 2L).containsEntry("deal", 2L)
                .containsEntry("excerpt", 11L).containsEntry("event_partner", 4L).containsEntry("corpus_version", 1L);
    }

    @Test
    void storesTheOriginalTextOfAnExcerptWithItsOffsets() {
        importer.importCorpus(FixtureCorpus.VALID, FixtureCorpus.FILE);

        Object[] row = entityManager.createQuery("""
                select x.exact, x.span.start, x.span.end, a.text from Excerpt x join x.article a join x.event e
                where e.slug = 'alpha-deal-signed' and x.seq = 1""", Object[].class).getSingleResult();

        String text = (String) row[3];
        assertThat(text.substring((Integer) row[1], (Integer) row[2])).isEqualTo(row[0])
                .isEqualTo("\u201CWe\u2019re delighted to bring these shows to China.\u201D");
    }

    @Test
    void importingTheSameCorpusTwiceChangesNothing() {
        importer.importCorpus(FixtureCorpus.VALID, FixtureCorpus.FILE);
        Map<String, Long> before = rowCounts();
        List<Long> idsBefore = eventIds();

        ImportOutcome second = importer.importCorpus(FixtureCorpus.VALID, FixtureCorpus.FILE);

        assertThat(second.changed()).isFalse();
        assertThat(rowCounts()).isEqualTo(before);
        assertThat(eventIds()).isEqualTo(idsBefore);
    }

    @Test
    void anEditedCorpusReplacesTheOldOneWithoutStaleOrDuplicateRows() {
        importer.importCorpus(FixtureCorpus.VALID, FixtureCorpus.FILE);
        FixtureCorpus.copyTo(folder);
        FixtureCorpus.edit(folder, "headline: \"Beta Media in talks with Netflix\"", "headline: \"Beta Media negotiates with Netflix\"");
        FixtureCorpus.edit(folder, """
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
                """, "");
        FixtureCorpus.edit(folder, "\n...\n", "\nretired:\n  events: [beta-mid-2015]\n...\n");

        ImportOutcome outcome = importer.importCorpus(folder, FixtureCorpus.FILE);
        entityManager.clear();

        assertThat(outcome.changed()).isTrue();
        assertThat(rowCounts()).containsEntry("event", 4L).containsEntry("event_partner", 2L)
                .containsEntry("excerpt", 9L).containsEntry("partner", 2L).containsEntry("corpus_version", 1L);
        assertThat(entityManager.createQuery("select e.headline.en from Event e where e.slug = 'beta-talks-begin'", String.class)
                .getSingleResult()).isEqualTo("Beta Media negotiates with Netflix");
        assertThat(entityManager.createQuery("select count(e) from Event e where e.slug = 'beta-mid-2015'", Long.class)
                .getSingleResult()).isZero();
    }

    @Test
    void aCorpusThatFailsVerificationLeavesTheLoadedDataAlone() {
        importer.importCorpus(FixtureCorpus.VALID, FixtureCorpus.FILE);
        Map<String, Long> before = rowCounts();
        FixtureCorpus.copyTo(folder);
        FixtureCorpus.edit(folder, "partners: [beta]\n    excerpts:", "partners: [nobody]\n    excerpts:");

        assertThatThrownBy(() -> importer.importCorpus(folder, FixtureCorpus.FILE))
                .isInstanceOf(CorpusException.class).hasMessageContaining("unknown partner 'nobody'");
        assertThat(rowCounts()).isEqualTo(before);
    }

    private Map<String, Long> rowCounts() {
        Map<String, Long> counts = new TreeMap<>();
        for (String table : TABLES) {
            counts.put(table, ((Number) entityManager.createNativeQuery("select count(*) from " + table).getSingleResult()).longValue());
        }
        return counts;
    }

    private List<Long> eventIds() {
        return entityManager.createQuery("select e.id from Event e order by e.id", Long.class).getResultList();
    }
}
