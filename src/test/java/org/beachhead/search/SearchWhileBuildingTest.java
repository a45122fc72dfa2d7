package org.beachhead.search;

import org.beachhead.corpus.ImportOutcome;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The index is built off the request threads: what a search gets while it is built, first or again. */
class SearchWhileBuildingTest {

    /** A corpus of one partner whose build waits until the test lets it go on. */
    static final class HeldCorpus extends SearchDocuments {

        volatile List<String> version = List.of("one");
        volatile String partner = "Wasu";
        volatile CountDownLatch held = new CountDownLatch(0);

        HeldCorpus() {
            super(null);
        }

        @Override
        List<String> version() {
            return version;
        }

        @Override
        void documents(Consumer<Document> sink) {
            try {
                held.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            String slug = partner.toLowerCase(Locale.ROOT);
            sink.accept(new Document(ResultKind.PARTNERS, "/partners/" + slug, null, null, List.of(partner), List.of(), List.of(),
                    List.of(), List.of(slug), null, List.of()));
        }
    }

    private final HeldCorpus corpus = new HeldCorpus();
    private SearchService search;

    @AfterEach
    void stop() {
        corpus.held.countDown();
        search.stop();
    }

    @Test
    void beforeTheFirstIndexIsBuiltASearchSaysSoWithA503AndWhenToRetry() throws Exception {
        corpus.held = new CountDownLatch(1);
        search = new SearchService(corpus, Duration.ofMillis(100));
        StaticMessageSource messages = new StaticMessageSource();
        messages.addMessage("search.building", Locale.ENGLISH, "The search index is being built");
        MockMvc mvc = MockMvcBuilders.standaloneSetup(new SearchController(search, messages)).build();

        assertThatThrownBy(() -> search.search("wasu")).isInstanceOf(SearchService.IndexBuilding.class);
        mvc.perform(get("/search").param("q", "wasu").locale(Locale.ENGLISH))
                .andExpect(status().isServiceUnavailable())
                .andExpect(header().string("Retry-After", "5"))
                .andExpect(model().attribute("error", "The search index is being built"));

        corpus.held.countDown();
        assertThat(hrefsWhenBuilt("wasu")).containsExactly("/partners/wasu");
    }

    @Test
    void duringARebuildSearchesAnswerAtOnceFromThePreviousIndex() throws Exception {
        search = new SearchService(corpus, Duration.ofSeconds(10));
        assertThat(hrefs(search.search("wasu"))).containsExactly("/partners/wasu");

        corpus.held = new CountDownLatch(1);
        corpus.partner = "LeTV";
        corpus.version = List.of("two");
        search.corpusImported(new ImportOutcome("two", true, 1, 0, 0));

        long started = System.nanoTime();
        assertThat(hrefs(search.search("wasu"))).containsExactly("/partners/wasu");
        assertThat(hrefs(search.search("letv"))).isEmpty();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));

        corpus.held.countDown();
        assertThat(hrefsWhenBuilt("letv")).containsExactly("/partners/letv");
        assertThat(hrefs(search.search("wasu"))).isEmpty();
    }

    /** Waits up to 5 s for the build: a first build that takes longer than the first-index wait answers 503 meanwhile. */
    private List<String> hrefsWhenBuilt(String query) throws InterruptedException {
        for (int tries = 0; tries < 100; tries++) {
            try {
                List<String> hrefs = hrefs(search.search(query));
                if (!hrefs.isEmpty()) {
                    return hrefs;
                }
            } catch (SearchService.IndexBuilding stillBuilding) {
                // a loaded machine: the first build is slower than the 100 ms this test waits on a search
            }
            Thread.sleep(50);
        }
        return hrefs(search.search(query));
    }

    private static List<String> hrefs(SearchPage page) {
        return page.groups().stream().flatMap(group -> group.results().stream()).map(SearchPage.SearchResult::href)
                .toList();
    }
}
