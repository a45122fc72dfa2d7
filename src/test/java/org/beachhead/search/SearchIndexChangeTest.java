package org.beachhead.search;

import jakarta.persistence.EntityManagerFactory;
import org.beachhead.common.EntityRef;
import org.beachhead.corpus.CorpusChange;
import org.beachhead.corpus.CorpusImporter;
import org.beachhead.corpus.FixtureCorpus;
import org.beachhead.corpus.ImportOutcome;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An incremental apply changes the index in place (an event added, one changed, one removed, an article's publisher
 * changed), and the changed index answers every query as an index built anew from the same database does.
 */
@DataJpaTest(showSql = false, properties = {"beachhead.corpus.allow-removals=true",
        "spring.jpa.properties.hibernate.generate_statistics=true"})
@Import(CorpusImporter.class)
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class SearchIndexChangeTest {

    private static final String ADDED = "netflix-korean-film-growth";
    private static final String CHANGED = "sarandos-china-without-local-partner";
    private static final String REMOVED = "us-china-co-productions-blog";
    private static final String ARTICLE = "resonate-2016-netflix-more-asian-content";

    /** Reads the corpus as the app does, counting the times it reads all of it. */
    static final class CountingDocuments extends SearchDocuments {

        final AtomicInteger wholeReads = new AtomicInteger();

        CountingDocuments(SearchCorpus corpus) {
            super(corpus);
        }

        @Override
        void documents(Consumer<Document> sink) {
            wholeReads.incrementAndGet();
            super.documents(sink);
        }
    }

    @Autowired
    CorpusImporter importer;

    @Autowired
    SearchCorpus corpus;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @TempDir
    Path folder;

    private SearchService changed;
    private SearchService anew;

    @AfterEach
    void stop() {
        Stream.of(changed, anew).filter(service -> service != null).forEach(SearchService::stop);
    }

    @Test
    void anIndexChangedInPlaceAnswersAsTheIndexBuiltAnewFromTheSameDatabase() throws Exception {
        CountingDocuments documents = new CountingDocuments(corpus);
        changed = new SearchService(documents, Duration.ofSeconds(60));
        changed.corpusImported(importer.importCorpus(Path.of("seeds"), FixtureCorpus.FILE));
        assertThat(hrefs(changed.search("co-productions"))).contains("/events/" + REMOVED);
        assertThat(hrefs(changed.search("unsurprising"))).containsExactly("/sources/" + ARTICLE);

        ImportOutcome saved = importer.importCorpus(edited(), FixtureCorpus.FILE);
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        long statementsBefore = statistics.getPrepareStatementCount();
        // Only the article is named: the events citing it show its publisher, and the index finds them itself.
        changed.corpusImported(new ImportOutcome(saved.contentHash(), true, 1, 2, 1,
                new CorpusChange(Set.of(ARTICLE), Set.of(ADDED, CHANGED), Set.of(), Set.of(REMOVED))));
        changed.awaitIndex();
        long statements = statistics.getPrepareStatementCount() - statementsBefore;
        anew = new SearchService(new SearchDocuments(corpus), Duration.ofSeconds(60));
        anew.corpusImported(new ImportOutcome(saved.contentHash(), true, 0, 0, 0));

        assertThat(documents.wholeReads).hasValue(1); // changed in place, not built anew
        assertThat(statements).isLessThanOrEqualTo(22); // a statement per kind of row (15 events, 1 article), not per document
        assertThat(hrefs(changed.search("unsurprising"))).containsExactly("/events/" + ADDED, "/sources/" + ARTICLE);
        assertThat(hrefs(changed.search("co-productions"))).doesNotContain("/events/" + REMOVED);
        assertThat(hrefs(changed.search("censors demand"))).startsWith("/events/" + CHANGED);
        assertThat(changed.search("sarandos").groups()).filteredOn(group -> group.kind() == ResultKind.PEOPLE)
                .singleElement().satisfies(people -> assertThat(people.results().get(0).events())
                        .extracting(EntityRef::name)
                        .contains("Sarandos says Netflix would rather enter China alone, whatever the censors demand"));
        assertThat(changed.search("\"Resonate Asia\"").groups().get(0).results()) // the article's new publisher
                .filteredOn(result -> result.href().equals("/events/netflix-viki-dramaworld")).singleElement()
                .satisfies(result -> assertThat(result.involves()).extracting(Highlighted::text).containsExactly("Resonate Asia"));

        for (SearchRequest request : REQUESTS) {
            assertThat(changed.search(request)).as(request.query()).isEqualTo(anew.search(request));
        }
        for (String typed : List.of("sar", "ted s", "vi", "wasu", "萨")) {
            assertThat(changed.suggest(typed, Locale.ENGLISH)).as(typed).isEqualTo(anew.suggest(typed, Locale.ENGLISH));
        }
    }

    private static final List<SearchRequest> REQUESTS = Stream.concat(Stream.of("netflix", "sarandos", "Ted Sarandos",
                    "censors", "alone", "local partner", "korean film", "unsurprising", "co-productions", "blogger",
                    "resonate", "asia", "resonate asia", "\"Resonate Asia\"", "viki", "dramaworld", "subscribers",
                    "Wasoo", "sarandoss", "萨兰多斯", "韩国电影", "爱奇艺", "wasu letv", "\"whole season\"", "censor", "VPN",
                    "Train to Busan", "okja", "81.5 million", "Hastings", "china", "Descendants of the Sun")
                    .map(SearchRequest::of),
            Stream.of(new SearchRequest("netflix", List.of(ResultKind.EVENTS), List.of("viki"), List.of("2016")),
                    new SearchRequest("netflix", List.of(), List.of(), List.of("2014")),
                    new SearchRequest("korean", List.of(ResultKind.EVENTS, ResultKind.PEOPLE), List.of(), List.of()))).toList();

    /** The seeds with an event added, one changed, one removed and an article's publisher changed. */
    private Path edited() throws IOException {
        Path copy = Files.createDirectories(folder.resolve("seeds"));
        try (Stream<Path> files = Files.list(Path.of("seeds"))) {
            for (Path file : files.toList()) {
                Files.copy(file, copy.resolve(file.getFileName()));
            }
        }
        Path curation = copy.resolve(FixtureCorpus.FILE);
        String text = Files.readString(curation);
        int removedAt = text.indexOf("  - slug: " + REMOVED);
        text = text.substring(0, removedAt) + text.substring(text.indexOf("  - slug: ", removedAt + 1));
        Files.writeString(curation, text);
        FixtureCorpus.edit(copy, "Sarandos says Netflix wants to expand into China without a local partner, though going"
                + " alone means facing censorship and regulation", "Sarandos says Netflix would rather enter China alone,"
                + " whatever the censors demand");
        FixtureCorpus.edit(copy, "    publisher: Resonate\n", "    publisher: Resonate Asia\n");
        FixtureCorpus.edit(copy, "  - slug: netflix-81-5-million-subscribers\n", """
                  - slug: %s
                    date: "c. 2016-08"
                    dated_by: published
                    kind: market
                    headline: "The South Korean film industry grows fast, and Netflix follows it"
                    headline_zh: "韩国电影业发展迅速，Netflix紧随其后"
                    attribution: reporting
                    certainty: stated
                    excerpts:
                      - article: %s
                        quote: "The move is unsurprising, considering the rapid of growth of the South Korean film industry."

                  - slug: netflix-81-5-million-subscribers
                """.formatted(ADDED, ARTICLE));
        return copy;
    }

    private static List<String> hrefs(SearchPage page) {
        return page.groups().stream().flatMap(group -> group.results().stream()).map(SearchPage.SearchResult::href).toList();
    }
}
