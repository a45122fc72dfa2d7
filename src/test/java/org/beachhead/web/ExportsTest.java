package org.beachhead.web;

import org.htmlunit.html.DomNode;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MappingIterator;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;
import tools.jackson.dataformat.csv.CsvSchema;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/** The downloads, read back with a CSV parser and a JSON parser and held against the pages they come from. */
class ExportsTest extends PageTest {

    private static final List<String> TIMELINE_COLUMNS = List.of("slug", "date", "precision", "approximate", "datedBy",
            "reported", "kind", "headline", "headlineZh", "attribution", "speaker", "relayedFrom", "certainty", "partners",
            "partnerSlugs", "partnerChineseNames", "roles", "titles", "regulators", "deal", "linkedClaims", "quote",
            "quoteArticle", "quotePublisher", "permalink");
    private static final List<String> DEAL_COLUMNS = List.of("slug", "name", "chineseName", "type", "status", "statusAsOf",
            "netflixParty",
            "partners", "partnerSlugs", "roles", "titles", "firstReported", "latest", "eventCount", "permalink");

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = new JsonMapper();

    @ParameterizedTest
    @ValueSource(strings = {"", "?partner=wasu", "?partner=wasu,letv&kind=talks", "?from=2015&to=2016&order=newest",
            "?kind=regulation&kind=market-figure", "?from=1990&to=1991"})
    void theTimelineDownloadsHoldTheEventsOfTheSameFilteredPageInItsOrder(String query) {
        HtmlPage page = get("/timeline" + query);
        List<String> shown = attributes(page, ".event", "id").stream().map(id -> id.substring("event-".length())).toList();

        HttpResponse<byte[]> csv = download("/timeline.csv" + query);
        List<String> jsonSlugs = slugs(json.readTree(download("/timeline.json" + query).body()));

        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(header(csv.body())).containsExactlyElementsOf(TIMELINE_COLUMNS);
        assertThat(rows(csv.body())).hasSize(page.querySelectorAll(".event").size())
                .extracting(row -> row.get("slug")).containsExactlyElementsOf(shown);
        assertThat(jsonSlugs).containsExactlyElementsOf(shown);
    }

    @Test
    void everyExcerptSurvivesTheCsvWithItsCommasAndQuoteMarksAsThePageShowsIt() {
        HtmlPage page = get("/timeline");
        List<String> quotesOnPage = page.querySelectorAll(".event blockquote mark.quote").stream()
                .map(DomNode::getTextContent).toList();

        List<String> quotesInCsv = rows(download("/timeline.csv").body()).stream().map(row -> row.get("quote")).toList();

        assertThat(quotesInCsv).containsExactlyElementsOf(quotesOnPage)
                .anyMatch(quote -> quote.contains(","))
                .anyMatch(quote -> quote.contains("\"") || quote.contains("\u201C") || quote.contains("\u2019"));
    }

    @Test
    void chineseNamesArriveIntactInUtf8AndNamedRowsCarryTheirLinks() {
        HttpResponse<byte[]> csv = download("/timeline.csv?partner=iqiyi");

        assertThat(csv.body()).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("text/csv").containsIgnoringCase("charset=UTF-8"));
        assertThat(csv.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"beachhead-timeline-iqiyi.csv\"");
        assertThat(rows(csv.body())).isNotEmpty().allSatisfy(row -> {
            assertThat(row.get("partners").split("; ")).contains("iQiyi");
            assertThat(row.get("partnerSlugs").split("; ")).contains("iqiyi");
            assertThat(row.get("partnerChineseNames").split("; ")).contains("爱奇艺");
            assertThat(row.get("permalink")).isEqualTo("/events/" + row.get("slug"));
            assertThat(row.get("date")).matches("\\d{4}(-\\d{2}(-\\d{2})?)?");
        });
        assertThat(new String(csv.body(), StandardCharsets.UTF_8)).contains("\r\n").doesNotContain("\uFFFD");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "?partner=iqiyi", "?status=signed,announced", "?type=licensing&partner=tencent"})
    void theDealDownloadsHoldTheDealsOfTheSameFilteredPage(String query) {
        HtmlPage page = get("/deals" + query);
        List<String> shown = attributes(page, ".deal", "id").stream().map(id -> id.substring("deal-".length())).toList();

        HttpResponse<byte[]> csv = download("/deals.csv" + query);
        JsonNode jsonRows = json.readTree(download("/deals.json" + query).body());

        assertThat(header(csv.body())).containsExactlyElementsOf(DEAL_COLUMNS);
        assertThat(rows(csv.body())).extracting(row -> row.get("slug")).containsExactlyElementsOf(shown);
        assertThat(slugs(jsonRows)).containsExactlyElementsOf(shown);
    }

    @Test
    void aDealFilterIsAppliedToEveryRow() {
        List<Map<String, String>> signed = rows(download("/deals.csv?status=signed").body());
        JsonNode iqiyi = json.readTree(download("/deals.json?partner=iqiyi").body());

        assertThat(signed).isNotEmpty().allSatisfy(row -> assertThat(row.get("status")).isEqualTo("signed"));
        assertThat(iqiyi).isNotEmpty().allSatisfy(row ->
                assertThat(row.get("partnerSlugs").values().stream().map(JsonNode::asString)).contains("iqiyi"));
        assertThat(rows(download("/deals.csv").body())).hasSizeGreaterThan(signed.size());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "/timeline.csv?from=abc         | from    | 'abc' is not a year",
            "/timeline.json?partner=netflix | partner | there is no partner with the slug 'netflix'",
            "/timeline.csv?order=sideways   | order   | 'sideways' is not an order",
            "/deals.json?status=done        | status  | 'done' is not one of: rumoured, in-talks",
            "/deals.csv?partner=Wasu%20Media | partner | 'Wasu Media' is not a slug"
    })
    void aMalformedFilterIsABadRequestNamingTheParameterAndTheReason(String url, String parameter, String reason) {
        HttpResponse<byte[]> response = download(url);
        JsonNode problem = json.readTree(response.body());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(problem.get("status").asInt()).isEqualTo(400);
        assertThat(problem.get("parameter").asString()).isEqualTo(parameter);
        assertThat(problem.get("reason").asString()).contains(reason);
        assertThat(problem.get("detail").asString()).startsWith("Parameter " + parameter + ": ");
    }

    @Test
    void thePagesLinkToTheDownloadsWithTheirActiveFilters() {
        HtmlPage timeline = get("/timeline?partner=wasu&kind=talks&order=newest");
        HtmlPage deals = getIn("zh-CN", "/deals?partner=iqiyi&status=announced");

        assertThat(attributes(timeline, ".downloads a", "href")).containsExactly(
                "/timeline.csv?partner=wasu&kind=talks&order=newest", "/timeline.json?partner=wasu&kind=talks&order=newest",
                "/dataset.json");
        assertThat(attributes(deals, ".downloads a", "href"))
                .containsExactly("/deals.csv?partner=iqiyi&status=announced", "/deals.json?partner=iqiyi&status=announced");
        assertThat(text(deals, ".downloads")).contains("下载这些交易");
        assertThat(download(attributes(timeline, ".downloads a.download-csv", "href").get(0)).headers()
                .firstValue("Content-Disposition")).hasValue("attachment; filename=\"beachhead-timeline-wasu-talks-newest-first.csv\"");
    }

    @Test
    void theDatasetHoldsTheWholeCorpusWithEachQuoteAtItsOffsets() {
        JsonNode dataset = json.readTree(download("/dataset.json").body());
        int events = get("/timeline").querySelectorAll(".event").size();
        int deals = get("/deals").querySelectorAll(".deal").size();

        assertThat(dataset.get("format").asInt()).isEqualTo(2);
        assertThat(dataset.get("contentHash").asString()).matches("[0-9a-f]{64}");
        assertThat(dataset.get("events")).hasSize(events);
        assertThat(dataset.get("deals")).hasSize(deals);
        assertThat(dataset.get("articles")).hasSize(5);
        Map<String, String> texts = new HashMap<>();
        dataset.get("articles").forEach(article -> texts.put(article.get("slug").asString(), article.get("text").asString()));
        List<JsonNode> quotes = dataset.get("events").valueStream()
                .flatMap(event -> event.get("excerpts").valueStream()).toList();
        assertThat(quotes).hasSizeGreaterThan(events).allSatisfy(quote -> assertThat(
                texts.get(quote.get("article").asString()).substring(quote.get("start").asInt(), quote.get("end").asInt()))
                .isEqualTo(quote.get("quote").asString()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/dataset.json", "/timeline.csv", "/timeline.json", "/deals.csv", "/deals.json"})
    void aWholeCorpusDownloadIsWrittenOnceAndThenSentFromItsFileWithoutAQuery(String path) {
        byte[] first = download(path).body();

        assertThat(statementsFor(path)).isZero();
        HttpResponse<byte[]> again = download(path);
        assertThat(again.body()).isEqualTo(first);
        assertThat(again.headers().firstValueAsLong("Content-Length")).hasValue(first.length);
    }

    /** A filter that every row passes gives the rows of the whole-corpus file, written by the streaming path instead. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "/timeline.csv  | ?from=1900",
            "/timeline.json | ?to=2999",
            "/deals.csv     | ?status=rumoured,in-talks,announced,signed,active,ended",
            "/deals.json    | ?type=licensing,original-production,co-production,rights-acquisition,partnership,technology,investment"})
    void aFilteredDownloadIsStreamedWithTheBytesOfTheWholeCorpusFile(String path, String everything) {
        HttpResponse<byte[]> streamed = download(path + everything);

        assertThat(statementsFor(path + everything)).isPositive();
        assertThat(streamed.statusCode()).isEqualTo(200);
        assertThat(streamed.headers().firstValue("Content-Type")).isEqualTo(download(path).headers().firstValue("Content-Type"));
        assertThat(new String(streamed.body(), StandardCharsets.UTF_8))
                .isEqualTo(new String(download(path).body(), StandardCharsets.UTF_8));
    }

    private HttpResponse<byte[]> download(String pathAndQuery) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + pathAndQuery)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static List<String> slugs(JsonNode rows) {
        return StreamSupport.stream(rows.spliterator(), false).map(row -> row.get("slug").asString()).toList();
    }

    private static List<String> header(byte[] csv) {
        CsvMapper lines = CsvMapper.builder().enable(CsvReadFeature.WRAP_AS_ARRAY).build();
        try (MappingIterator<String[]> records = lines.readerFor(String[].class).readValues(csv)) {
            return List.of(records.next());
        }
    }

    private static List<Map<String, String>> rows(byte[] csv) {
        try (MappingIterator<Map<String, String>> rows = new CsvMapper().readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(csv)) {
            return rows.readAll();
        }
    }
}
