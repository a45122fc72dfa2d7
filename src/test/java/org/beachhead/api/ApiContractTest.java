package org.beachhead.api;

import org.beachhead.model.EventKind;
import org.beachhead.web.PageTest;
import org.htmlunit.WebResponse;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The JSON API's contract, read over HTTP from the running app: what each endpoint answers must
 * agree with what the HTML pages show, and with what the OpenAPI document promises.
 */
class ApiContractTest extends PageTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "/api/v1/events?size=200 | /timeline    | .event-headline a",
            "/api/v1/partners        | /partners    | tbody th a",
            "/api/v1/deals           | /deals       | .deal h3 a",
            "/api/v1/titles          | /titles      | tbody th a",
            "/api/v1/regulators      | /regulators  | .entity-list li > a[href^='/regulators/']",
            "/api/v1/people          | /people      | li[id^='person-'] > a",
            "/api/v1/sources         | /sources     | .source-card h2 a"
    })
    void everyListHasTheItemsItsPageShowsInTheSameOrder(String endpoint, String page, String itemLinks) {
        JsonNode list = json(endpoint, 200);
        List<String> shown = attributes(get(page), itemLinks, "href");

        assertThat(shown).isNotEmpty();
        assertThat(list.get("total").asInt()).isEqualTo(shown.size());
        assertThat(strings(list.get("items"), "links", "html")).containsExactlyElementsOf(shown);
        assertThat(list.get("items").values()).allSatisfy(item -> {
            assertThat(item.get("id").asString()).isEqualTo(item.get("slug").asString());
            assertThat(item.get("links").get("self").asString())
                    .isEqualTo(endpoint.replaceFirst("\\?.*", "") + "/" + item.get("slug").asString());
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/events?size=200", "/api/v1/partners", "/api/v1/deals", "/api/v1/titles",
            "/api/v1/regulators", "/api/v1/people", "/api/v1/sources"})
    void everyItemOfAListHasItsOwnEndpointThatAgreesWithTheList(String endpoint) {
        for (JsonNode item : json(endpoint, 200).get("items").values()) {
            JsonNode single = json(item.get("links").get("self").asString(), 200);

            // The single item may add detail the list leaves out, but never contradicts it.
            item.properties().forEach(field ->
                    assertThat(single.get(field.getKey())).as(endpoint + " " + item.get("id") + "." + field.getKey())
                            .isEqualTo(field.getValue()));
        }
    }

    @Test
    void aDealSaysHowManyEventsReportItAndListsThemAsItsPageDoes() {
        for (JsonNode deal : json("/api/v1/deals?size=200", 200).get("items").values()) {
            HtmlPage page = get(deal.get("links").get("html").asString());
            List<String> onItsPage = attributes(page, "section[aria-labelledby='evidence'] .event", "id").stream()
                    .map(id -> id.replaceFirst("^event-", "")).toList();

            assertThat(onItsPage).as(deal.get("slug").asString()).isNotEmpty();
            assertThat(deal.get("eventCount").asInt()).isEqualTo(onItsPage.size());
            assertThat(strings(deal.get("events"), "slug")).containsExactlyElementsOf(onItsPage);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"partner=wasu", "partner=wasu,letv", "partner=wasu&partner=letv", "kind=regulation",
            "kind=deal,talks", "from=2015&to=2016", "order=newest", "partner=iqiyi&kind=deal&order=newest",
            "from=1990&to=1991"})
    void eventFiltersSelectAndOrderTheEventsAsTheTimelineDoes(String filters) {
        JsonNode list = json("/api/v1/events?size=200&" + filters, 200);
        HtmlPage timeline = get("/timeline?" + filters);

        List<String> shown = attributes(timeline, ".event", "id").stream().map(id -> id.replaceFirst("^event-", "")).toList();
        assertThat(strings(list.get("items"), "slug")).containsExactlyElementsOf(shown);
        assertThat(list.get("total").asInt()).isEqualTo(shown.size());
        assertThat(strings(list.get("items"), "date", "value"))
                .containsExactlyElementsOf(attributes(timeline, ".event .event-meta time", "datetime"));
        assertThat(strings(list.get("items"), "date", "display"))
                .containsExactlyElementsOf(texts(timeline, ".event .event-meta time"));
    }

    @Test
    void wasuHasAsManyEventsAsItsTimeline() {
        assertThat(json("/api/v1/events?partner=wasu", 200).get("total").asInt())
                .isPositive().isEqualTo(get("/timeline?partner=wasu").querySelectorAll(".event").size());
    }

    @Test
    void datesCarryTheirPrecisionAndHowTheyWereEstablished() {
        Map<String, JsonNode> byDisplay = new HashMap<>();
        json("/api/v1/events?size=200", 200).get("items").values()
                .forEach(event -> byDisplay.putIfAbsent(event.get("date").get("display").asString(), event.get("date")));

        JsonNode approximateMonth = byDisplay.get("c. Mar 2015");
        assertThat(approximateMonth.get("value").asString()).isEqualTo("2015-03");
        assertThat(approximateMonth.get("precision").asString()).isEqualTo("month");
        assertThat(approximateMonth.get("approximate").asBoolean()).isTrue();
        assertThat(approximateMonth.get("datedBy").asString()).isIn("published", "stated", "inferred");
        assertThat(byDisplay.get("12 Aug 2017").get("precision").asString()).isEqualTo("day");
        assertThat(byDisplay.get("2013").get("value").asString()).isEqualTo("2013");
        assertThat(byDisplay.get("2013").get("precision").asString()).isEqualTo("year");
        assertThat(byDisplay.values()).allSatisfy(date -> assertThat(date.get("datedBy").isNull()).isFalse());
    }

    @Test
    void everyExcerptsSelectorsPointAtItsExactWordsInTheArticle() {
        Map<String, String> articleTexts = new HashMap<>();
        List<JsonNode> excerpts = new ArrayList<>();
        json("/api/v1/events?size=200", 200).get("items").values().forEach(event -> excerpts.addAll(event.get("excerpts").values()));

        assertThat(excerpts).hasSizeGreaterThan(30);
        for (JsonNode excerpt : excerpts) {
            String text = articleTexts.computeIfAbsent(excerpt.get("links").get("source").asString(),
                    source -> json(source, 200).get("text").asString());
            JsonNode quote = excerpt.get("selector").get(0);
            JsonNode position = excerpt.get("selector").get(1);
            int start = position.get("start").asInt();
            int end = position.get("end").asInt();
            String exact = excerpt.get("exact").asString();

            assertThat(quote.get("type").asString()).isEqualTo("TextQuoteSelector");
            assertThat(position.get("type").asString()).isEqualTo("TextPositionSelector");
            assertThat(quote.get("exact").asString()).isEqualTo(exact);
            assertThat(text.substring(start, end)).isEqualTo(exact);
            assertThat(text.substring(0, start)).endsWith(quote.get("prefix").asString());
            assertThat(text.substring(end)).startsWith(quote.get("suffix").asString());
            assertThat(quote.get("prefix").asString() + quote.get("suffix").asString()).isNotEmpty();
            assertThat(excerpt.get("links").get("html").asString())
                    .isEqualTo("/sources/" + excerpt.get("articleSlug").asString() + "#excerpt-" + start + "-" + end);
        }
    }

    @Test
    void aSourceGivesItsVerbatimTextItsStorySegmentsAndEveryExcerptOfIt() {
        for (String self : strings(json("/api/v1/sources", 200).get("items"), "links", "self")) {
            JsonNode source = json(self, 200);
            String text = source.get("text").asString();

            assertThat(source.get("sha256").asString()).hasSize(64);
            assertThat(source.get("bodySegments").values()).isNotEmpty().allSatisfy(segment ->
                    assertThat(segment.get("end").asInt()).isBetween(segment.get("start").asInt() + 1, text.length()));
            assertThat(source.get("excerpts").values()).isNotEmpty().allSatisfy(passage -> {
                assertThat(text.substring(passage.get("start").asInt(), passage.get("end").asInt()))
                        .isEqualTo(passage.get("exact").asString());
                assertThat(fetch(passage.get("supports").get("links").get("self").asString()).getStatusCode()).isEqualTo(200);
            });
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/events", "/api/v1/deals", "/api/v1/sources", "/api/v1/partners", "/api/v1/titles",
            "/api/v1/people"})
    void pagesSplitALongListWithoutOverlapAndLinkToEachOther(String list) {
        JsonNode all = json(list + "?size=200", 200);
        int total = all.get("total").asInt();
        List<String> paged = new ArrayList<>();
        String next = list + "?size=2";
        JsonNode page = null;
        while (next != null) {
            page = json(next, 200);
            assertThat(page.get("items").size()).isLessThanOrEqualTo(2);
            assertThat(page.get("total").asInt()).isEqualTo(total);
            paged.addAll(strings(page.get("items"), "slug"));
            next = page.get("links").get("next").isNull() ? null : page.get("links").get("next").asString();
        }

        assertThat(total).isGreaterThan(2);
        assertThat(paged).containsExactlyElementsOf(strings(all.get("items"), "slug"));
        assertThat(page.get("page").asInt()).isEqualTo((total + 1) / 2);
        assertThat(page.get("links").get("prev").asString()).isEqualTo(list + "?page=" + (page.get("page").asInt() - 1) + "&size=2");
        assertThat(json(list, 200).get("size").asInt()).isEqualTo(50);
        assertThat(json(list, 200).get("links").get("prev").isNull()).isTrue();
    }

    @Test
    void aPageBeyondTheEndIsEmptyButKeepsTheTotal() {
        JsonNode beyond = json("/api/v1/events?partner=wasu&page=99&size=200", 200);

        assertThat(beyond.get("items").size()).isZero();
        assertThat(beyond.get("total").asInt()).isEqualTo(get("/timeline?partner=wasu").querySelectorAll(".event").size());
        assertThat(beyond.get("links").get("self").asString()).isEqualTo("/api/v1/events?partner=wasu&page=99&size=200");
        assertThat(beyond.get("links").get("next").isNull()).isTrue();
        assertThat(json("/api/v1/events?size=200&page=999999999", 200).get("items").size()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/partners", "/api/v1/titles", "/api/v1/people"})
    void anIndexPagePastTheEndIsEmptyButKeepsTheTotalLikeTheOtherLists(String list) {
        JsonNode beyond = json(list + "?page=2&size=200", 200);

        assertThat(beyond.get("items").size()).isZero();
        assertThat(beyond.get("total").asInt()).isPositive().isEqualTo(json(list, 200).get("items").size());
        assertThat(beyond.get("links").get("next").isNull()).isTrue();
        assertThat(beyond.get("links").get("prev").asString()).isEqualTo(list + "?page=1&size=200");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "/api/v1/events/no-such-event        | 404 |    | There is no event with the slug 'no-such-event'",
            "/api/v1/partners/netflix            | 404 |    | There is no partner with the slug 'netflix'",
            "/api/v1/deals/no-such-deal          | 404 |    | There is no deal with the slug 'no-such-deal'",
            "/api/v1/titles/no-such-title        | 404 |    | There is no title with the slug 'no-such-title'",
            "/api/v1/regulators/fcc              | 404 |    | There is no regulator with the slug 'fcc'",
            "/api/v1/people/nobody               | 404 |    | There is no person with the slug 'nobody'",
            "/api/v1/sources/nothing             | 404 |    | There is no source with the slug 'nothing'",
            "/api/v1/events?from=abc             | 400 | from | Parameter from: 'abc' is not a year",
            "/api/v1/events?to=20155             | 400 | to | '20155' is not a year",
            "/api/v1/events?from=2018&to=2015    | 400 | from | the year 2018 is after 'to' (2015)",
            "/api/v1/events?kind=rumour          | 400 | kind | 'rumour' is not one of: deal, talks",
            "/api/v1/events?partner=netflix      | 400 | partner | there is no partner with the slug 'netflix'",
            "/api/v1/events?partner=Wasu%20Media | 400 | partner | 'Wasu Media' is not a slug",
            "/api/v1/events?order=sideways       | 400 | order | 'sideways' is not an order",
            "/api/v1/deals?status=done           | 400 | status | 'done' is not one of: rumoured, in-talks",
            "/api/v1/deals?type=merger           | 400 | type | 'merger' is not one of: licensing",
            "/api/v1/deals?partner=netflix       | 400 | partner | there is no partner with the slug 'netflix'",
            "/api/v1/events?page=0               | 400 | page | '0' is not a page number; pages are numbered from 1",
            "/api/v1/events?page=two             | 400 | page | 'two' is not a page number",
            "/api/v1/events?size=201             | 400 | size | '201' is not a page size; use a whole number from 1 to 200",
            "/api/v1/events?size=0               | 400 | size | '0' is not a page size",
            "/api/v1/events?size=ten             | 400 | size | 'ten' is not a page size",
            "/api/v1/deals?size=201              | 400 | size | '201' is not a page size; use a whole number from 1 to 200",
            "/api/v1/deals?page=0                | 400 | page | '0' is not a page number",
            "/api/v1/sources?size=201            | 400 | size | '201' is not a page size; use a whole number from 1 to 200",
            "/api/v1/sources?page=two            | 400 | page | 'two' is not a page number",
            "/api/v1/partners?page=0             | 400 | page | '0' is not a page number; pages are numbered from 1",
            "/api/v1/partners?size=201           | 400 | size | '201' is not a page size; use a whole number from 1 to 200",
            "/api/v1/titles?page=two             | 400 | page | 'two' is not a page number",
            "/api/v1/titles?size=0               | 400 | size | '0' is not a page size",
            "/api/v1/people?page=-1              | 400 | page | '-1' is not a page number",
            "/api/v1/people?size=ten             | 400 | size | 'ten' is not a page size",
            "/api/v1/sources?partner=wasu        | 400 | partner | unknown here; this address takes page, size",
            "/api/v1/events?sise=10              | 400 | sise | Parameter sise: unknown here; this address takes partner, kind, certainty, from, to, order, page, size",
            "/api/v1/events?partners=wasu        | 400 | partners | unknown here",
            "/api/v1/events?lang=zh-CN           | 400 | lang | unknown here",
            "/api/v1/deals?kind=deal             | 400 | kind | unknown here; this address takes partner, status, type, page, size",
            "/api/v1/partners?partner=wasu       | 400 | partner | unknown here; this address takes page, size",
            "/api/v1/regulators?page=2           | 400 | page | unknown here; this address takes no parameters",
            "/api/v1/sources/netflix-wasu-talks-2015?text=false | 400 | text | unknown here; this address takes no parameters"
    })
    void errorsAreProblemDetailsThatSayWhatIsWrong(String url, int status, String parameter, String detail) {
        WebResponse response = fetch(url);
        JsonNode problem = JSON.readTree(response.getContentAsString(StandardCharsets.UTF_8));

        assertThat(response.getStatusCode()).isEqualTo(status);
        assertThat(response.getContentType()).isEqualTo("application/problem+json");
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("detail").asString()).contains(detail);
        assertThat(problem.get("instance").asString()).isEqualTo(url.replaceFirst("\\?.*", ""));
        if (parameter != null) {
            assertThat(problem.get("parameter").asString()).isEqualTo(parameter);
        }
    }

    @Test
    void theHtmlPagesKeepTheirHtmlErrorPages() {
        HtmlPage notFound = get("/partners/netflix");
        HtmlPage badRequest = get("/timeline?from=abc");

        assertThat(status(notFound)).isEqualTo(404);
        assertThat(text(notFound, ".error-message")).contains("There is no partner");
        assertThat(status(badRequest)).isEqualTo(400);
        assertThat(text(badRequest, ".error-message")).contains("Parameter from");
    }

    @Test
    void theNumberOfSqlStatementsForEventsDoesNotGrowWithTheEventsAnswered() {
        long all = statementsFor("/api/v1/events?size=200");
        long one = statementsFor("/api/v1/events?size=1");
        long microsoft = statementsFor("/api/v1/events?partner=microsoft");

        assertThat(all).isEqualTo(one).isLessThanOrEqualTo(10);
        // The partner filter costs one more statement: checking that the partner exists.
        assertThat(microsoft).isEqualTo(all + 1);
    }

    @Test
    void theOpenApiDocumentListsEveryEndpointAndNothingElse() {
        JsonNode document = json("/v3/api-docs", 200);

        assertThat(document.get("paths").propertyNames()).containsExactlyInAnyOrder(
                "/api/v1/events", "/api/v1/events/{slug}", "/api/v1/partners", "/api/v1/partners/{slug}",
                "/api/v1/deals", "/api/v1/deals/{slug}", "/api/v1/titles", "/api/v1/titles/{slug}",
                "/api/v1/regulators", "/api/v1/regulators/{slug}", "/api/v1/people", "/api/v1/people/{slug}",
                "/api/v1/sources", "/api/v1/sources/{slug}", "/api/v1/questions", "/api/v1/questions/{slug}",
                "/api/v1/search");
        JsonNode eventList = document.get("paths").get("/api/v1/events").get("get");
        assertThat(strings(eventList.get("parameters"), "name"))
                .containsExactly("partner", "kind", "certainty", "from", "to", "order", "page", "size");
        JsonNode kind = parameter(eventList, "kind");
        assertThat(strings(kind.get("schema").get("items").get("enum")))
                .containsExactlyElementsOf(Arrays.stream(EventKind.values()).map(EventKind::code).toList());
        assertThat(eventList.get("responses").propertyNames()).contains("200", "400");
        assertThat(eventList.get("responses").get("400").get("content").propertyNames()).containsExactly("application/problem+json");
        assertThat(document.get("paths").get("/api/v1/events/{slug}").get("get").get("responses").propertyNames())
                .contains("200", "404");
        for (String list : List.of("/api/v1/events", "/api/v1/deals", "/api/v1/sources", "/api/v1/partners",
                "/api/v1/titles", "/api/v1/people")) {
            JsonNode operation = document.get("paths").get(list).get("get");
            assertThat(strings(operation.get("parameters"), "name")).as(list).endsWith("page", "size");
            assertThat(parameter(operation, "size").get("schema").get("maximum").asInt()).isEqualTo(200);
            assertThat(operation.get("responses").get("400").get("content").propertyNames()).containsExactly("application/problem+json");
            String schema = operation.get("responses").get("200").get("content").get("application/json").get("schema")
                    .get("$ref").asString().replace("#/components/schemas/", "");
            assertThat(document.get("components").get("schemas").get(schema).get("properties").propertyNames()).as(list)
                    .containsExactlyInAnyOrderElementsOf(json(list, 200).propertyNames());
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "EventItem     | /api/v1/events",
            "DealItem      | /api/v1/deals",
            "PartnerItem   | /api/v1/partners",
            "TitleItem     | /api/v1/titles",
            "RegulatorItem | /api/v1/regulators",
            "PersonItem    | /api/v1/people",
            "SourceItem    | /api/v1/sources"
    })
    void theSchemasNameTheKeysTheApiReturns(String schema, String list) {
        JsonNode properties = json("/v3/api-docs", 200).get("components").get("schemas").get(schema).get("properties");
        JsonNode listed = json(list, 200).get("items").get(0);
        // The single-item endpoint answers every property a schema has; the list may leave detail out.
        JsonNode single = json(listed.get("links").get("self").asString(), 200);

        assertThat(single.propertyNames()).containsExactlyInAnyOrderElementsOf(properties.propertyNames());
        assertThat(properties.propertyNames()).containsAll(listed.propertyNames());
    }

    @Test
    void theSwaggerUiIsServedByTheAppItself() {
        HtmlPage ui = get("/swagger-ui.html");

        assertThat(status(ui)).isEqualTo(200);
        assertThat(attributes(ui, "script[src]", "src")).isNotEmpty().allSatisfy(src -> {
            assertThat(src).doesNotStartWith("http");
            assertThat(request("/swagger-ui/" + src.replaceFirst("^\\./", "")).statusCode()).as(src).isEqualTo(200);
        });
        assertThat(fetch("/v3/api-docs/swagger-config").getContentAsString()).contains("\"url\":\"/v3/api-docs\"");
    }

    private JsonNode json(String pathAndQuery, int expectedStatus) {
        WebResponse response = fetch(pathAndQuery);
        assertThat(response.getStatusCode()).as(pathAndQuery).isEqualTo(expectedStatus);
        assertThat(response.getContentType()).as(pathAndQuery).isEqualTo("application/json");
        // JSON is UTF-8 (RFC 8259), so its media type carries no charset for the client to go by.
        return JSON.readTree(response.getContentAsString(StandardCharsets.UTF_8));
    }

    private static JsonNode parameter(JsonNode operation, String name) {
        return StreamSupport.stream(operation.get("parameters").spliterator(), false)
                .filter(parameter -> parameter.get("name").asString().equals(name)).findFirst().orElseThrow();
    }

    /** The string at {@code path} in each element of an array (the elements themselves when no path is given). */
    private static List<String> strings(JsonNode array, String... path) {
        return array.values().stream().map(element -> {
            JsonNode node = element;
            for (String key : path) {
                node = node.get(key);
            }
            return node.asString();
        }).toList();
    }
}
