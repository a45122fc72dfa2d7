package org.beachhead.search;

import org.beachhead.corpus.CorpusChange;
import org.beachhead.corpus.ImportOutcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Measures an incremental change of the index on a loaded database (the large corpus, for docs/benchmarks.md): the CPU
 * time of the index's thread and of the whole process from the outcome until a search finds the change. Runs only when
 * given a database, which it changes: {@code mvn -o test -Dtest=SearchIndexChangeBench
 * -Dbeachhead.bench.database='jdbc:h2:file:/tmp/copy/db'}.
 */
@DataJpaTest(showSql = false, properties = "spring.datasource.url=${beachhead.bench.database:}")
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import(SearchDocuments.class)
@Transactional(propagation = Propagation.NOT_SUPPORTED)
@EnabledIfSystemProperty(named = "beachhead.bench.database", matches = ".+")
class SearchIndexChangeBench {

    @Autowired
    SearchDocuments documents;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void oneEventAndOneArticleChanged() throws Exception {
        SearchService search = new SearchService(documents, Duration.ofMinutes(10));
        search.corpusImported(new ImportOutcome(jdbc.queryForObject("select content_hash from corpus_version", String.class),
                true, 0, 0, 0));
        search.search("netflix"); // waits for the first build
        // Words far apart (more than two edits), so that none is found as a respelling of another.
        List<String> words = List.of("quokkabench", "narwhalbench", "axolotlbench", "pangolinbench", "okapibench", "tapirbench");
        for (int round = 1; round <= words.size(); round++) {
            String word = words.get(round - 1);
            boolean article = round == words.size();
            String slug = jdbc.queryForObject("select slug from " + (article ? "article" : "event")
                    + " order by id offset ? rows fetch next 1 row only", String.class, article ? 1000 : 5000 + 997 * round);
            // An article's headline is not searched (its body is, and its events show its publisher).
            jdbc.update(article ? "update article set publisher = ? where slug = ?" : "update event set headline = ? where slug = ?",
                    (article ? "Publisher " : "Headline with ") + word, slug);
            jdbc.update("update corpus_version set content_hash = ?", "bench-" + round);
            long cpu = processCpu();
            long indexCpu = indexThreadCpu();
            long started = System.nanoTime();
            search.corpusImported(new ImportOutcome("bench-" + round, true, 0, 1, 0,
                    new CorpusChange(article ? Set.of(slug) : Set.of(), article ? Set.of() : Set.of(slug), Set.of(), Set.of())));
            while (search.search(word).total() == 0 || search.search(word).suggestion() != null) {
                Thread.sleep(5);
            }
            long found = System.nanoTime();
            long foundIndexCpu = indexThreadCpu();
            long foundCpu = processCpu();
            search.awaitIndex();
            System.out.printf("%s %s: found after %d ms (CPU of the index's thread %d ms, of the process %d ms),"
                            + " merged after %d ms (CPU %d ms, %d ms)%n", article ? "article" : "event", slug,
                    (found - started) / 1_000_000, (foundIndexCpu - indexCpu) / 1_000_000, (foundCpu - cpu) / 1_000_000,
                    (System.nanoTime() - started) / 1_000_000, (indexThreadCpu() - indexCpu) / 1_000_000,
                    (processCpu() - cpu) / 1_000_000);
            if (!article) {
                assertThat(search.search(word).groups()).singleElement().satisfies(group -> assertThat(group.results())
                        .extracting(SearchPage.SearchResult::href).containsExactly("/events/" + slug));
            }
        }
        search.stop();
    }

    private static long processCpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static long indexThreadCpu() {
        return Thread.getAllStackTraces().keySet().stream().filter(thread -> thread.getName().equals("search-index"))
                .mapToLong(thread -> ManagementFactory.getThreadMXBean().getThreadCpuTime(thread.getId())).sum();
    }
}
