package org.beachhead.postgres;

import org.beachhead.corpus.CorpusHistory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole app against a real PostgreSQL server: the same Flyway migrations and importer as on
 * H2, then every page reachable from the home page, every filter link on them, search and the
 * other queries, each answered without a server error.
 */
@EnabledIf("org.beachhead.postgres.PostgresAvailable#configured")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.profiles.active=postgres",
        "spring.datasource.url=${BEACHHEAD_TEST_POSTGRES_URL}",
        "spring.datasource.username=${BEACHHEAD_TEST_POSTGRES_USER:postgres}",
        "spring.datasource.password=${BEACHHEAD_TEST_POSTGRES_PASSWORD:}"})
class PostgresSiteTest {

    private static final Pattern LINK = Pattern.compile("href=\"(/[^\"#]*)");
    private static final int MAX_PAGES = 2000;

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    CorpusHistory history;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void runsOnPostgresql() {
        String product = jdbc.queryForObject("select version()", String.class);

        assertThat(product).startsWith("PostgreSQL");
        assertThat(jdbc.queryForObject("select count(*) from event", Integer.class)).isGreaterThan(30);
        assertThat(jdbc.queryForObject("select count(*) from mention", Integer.class)).isPositive();
    }

    /** The curation history's bytes, version rows and the import in one transaction, on PostgreSQL (V12). */
    @Test
    void aCurationSaveAndItsRevertAreRecordedAndServed() throws Exception {
        CorpusHistory.Version base = history.newest().orElseThrow();
        String served = jdbc.queryForObject("select content_hash from corpus_version", String.class);
        String edited = "# saved on PostgreSQL\n" + history.curationText(base.number());

        CorpusHistory.Version saved = history.save(base.number(), "postgres-test", "A comment",
                Map.of(history.curationFile(), edited.getBytes(StandardCharsets.UTF_8)));
        assertThat(history.curationText(saved.number())).isEqualTo(edited);
        assertThat(jdbc.queryForObject("select content_hash from corpus_version", String.class)).isNotEqualTo(served);

        history.revert(saved.number(), saved.number(), "postgres-test");
        assertThat(jdbc.queryForObject("select content_hash from corpus_version", String.class)).isEqualTo(served);
        assertThat(fetch("/events/netflix-wasu-talks").statusCode()).isEqualTo(200);
    }

    /** A claim added, then changed, is written in place on PostgreSQL too; the revert takes it away again. */
    @Test
    void aClaimSavedInTheWorkbenchIsWrittenInPlace() throws Exception {
        CorpusHistory.Version base = history.newest().orElseThrow();
        String served = jdbc.queryForObject("select content_hash from corpus_version", String.class);
        String claim = """
                  - slug: bardo-press-release-on-postgresql
                    date: "c. 2017-08"
                    dated_by: inferred
                    date_note: "Reported in the CGTN article of 12 August 2017."
                    date_note_zh: "见于CGTN 2017年8月12日的文章。"
                    kind: deal
                    headline: "The Bardo press release, saved on PostgreSQL"
                    headline_zh: "《Bardo》新闻稿，保存于PostgreSQL"
                    attribution: reporting
                    certainty: reported
                    deal: iqiyi-bardo
                    partners: [iqiyi]
                    excerpts:
                      - article: cgtn-2017-netflix-first-chinese-original
                        quote: "In a press release Friday, the streaming platform announced a partnership with iQiyi"

                """;
        String added = history.curationText(base.number()).replace("\nquestions:\n", "\n" + claim + "questions:\n");
        CorpusHistory.Version first = history.save(base.number(), "postgres-test", "Add a claim",
                Map.of(history.curationFile(), added.getBytes(StandardCharsets.UTF_8)));
        String changed = added.replace("saved on PostgreSQL\"", "changed on PostgreSQL\"");
        CorpusHistory.Version second = history.save(first.number(), "postgres-test", "Change its headline",
                Map.of(history.curationFile(), changed.getBytes(StandardCharsets.UTF_8)));

        assertThat(fetch("/events/bardo-press-release-on-postgresql").body())
                .contains("The Bardo press release, changed on PostgreSQL");
        assertThat(jdbc.queryForObject("select count(*) from event where slug = 'bardo-press-release-on-postgresql'",
                Integer.class)).isOne();

        history.restore(base.number(), second.number(), "postgres-test", "Back to the shipped corpus");
        assertThat(jdbc.queryForObject("select content_hash from corpus_version", String.class)).isEqualTo(served);
        assertThat(fetch("/events/bardo-press-release-on-postgresql").statusCode()).isEqualTo(404);
    }

    @Test
    void everyPageReachableFromTheHomePageAnswersWithoutAServerError() throws Exception {
        Map<String, Integer> statuses = crawl(List.of("/", "/search?q=wasu", "/search?q=%22whole+season%22",
                "/search?q=%E7%88%B1%E5%A5%87%E8%89%BA", "/timeline?partner=wasu,letv&kind=talks&from=2015&to=2016&order=newest",
                "/deals?status=in-talks", "/timeline?lang=zh-CN", "/api/v1/events?partner=wasu&kind=talks&from=2015&page=1&size=5",
                "/api/v1/partners", "/api/v1/partners/iqiyi", "/api/v1/deals?status=in-talks", "/api/v1/titles", "/api/v1/regulators",
                "/api/v1/people", "/api/v1/sources", "/api/v1/sources/cgtn-2017-netflix-first-chinese-original",
                "/api/v1/events/netflix-wasu-talks", "/timeline.csv?partner=iqiyi", "/deals.json", "/dataset.json",
                "/feed.atom", "/partners/wasu/feed.atom", "/v3/api-docs"));

        assertThat(statuses.size()).isGreaterThan(100);
        assertThat(statuses).allSatisfy((path, status) -> assertThat(status).as(path).isEqualTo(200));
    }

    @Test
    void filtersAndCountsAgreeWithTheCorpus() throws Exception {
        int events = jdbc.queryForObject("select count(*) from event", Integer.class);
        int wasuEvents = jdbc.queryForObject("""
                select count(*) from event_partner ep join partner p on p.id = ep.partner_id where p.slug = 'wasu'""", Integer.class);

        assertThat(count(fetch("/timeline").body(), "class=\"event\"")).isEqualTo(events);
        assertThat(count(fetch("/timeline?partner=wasu").body(), "class=\"event\"")).isEqualTo(wasuEvents);
        assertThat(fetch("/timeline?from=abc").statusCode()).isEqualTo(400);
        assertThat(fetch("/partners/nobody").statusCode()).isEqualTo(404);
    }

    /** Issue 15: Sony's and HBO's excerpts cover the same words; they came out in another order than on H2. */
    @Test
    void excerptsOnTheSameWordsComeInTheOrderTheyHaveOnH2() throws Exception {
        String page = fetch("/sources/blog-2015-netflix-letv-talks").body();

        assertThat(page.indexOf("href=\"/partners/sony\"")).isPositive().isLessThan(page.indexOf("href=\"/partners/hbo\""));
    }

    private Map<String, Integer> crawl(List<String> start) throws IOException, InterruptedException {
        Map<String, Integer> statuses = new LinkedHashMap<>();
        Deque<String> queue = new ArrayDeque<>(start);
        Set<String> seen = new LinkedHashSet<>(start);
        while (!queue.isEmpty() && statuses.size() < MAX_PAGES) {
            String path = queue.removeFirst();
            HttpResponse<String> response = fetch(path);
            statuses.put(path, response.statusCode());
            String type = response.headers().firstValue("Content-Type").orElse("");
            if (!type.startsWith("text/html")) {
                continue;
            }
            Matcher links = LINK.matcher(response.body());
            while (links.find()) {
                String link = links.group(1).replace("&amp;", "&");
                if (!link.startsWith("/css/") && seen.add(link)) {
                    queue.addLast(link);
                }
            }
        }
        return statuses;
    }

    private HttpResponse<String> fetch(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static int count(String text, String needle) {
        int count = 0;
        for (int at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
            count++;
        }
        return count;
    }
}
