package org.beachhead.api;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.keyword.AnnotationKeyword;
import com.networknt.schema.keyword.NonValidationKeyword;
import org.beachhead.search.SearchRequest;
import org.beachhead.search.SearchService;
import org.beachhead.web.PageTest;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.lang.reflect.Constructor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * The API keeps the word of its OpenAPI document, checked by a plain JSON Schema 2020-12 validator (OpenAPI
 * 3.1's schema dialect): every GET operation of /v3/api-docs is called, each list at its first and last page,
 * every item of the shipped corpus, every documented error, a revalidation (304) and a refused Accept (406) of
 * each operation, and each answer must have a documented status, the documented headers
 * and content type and validate against its schema. The schemas are applied strictly, with
 * unevaluatedProperties false on every object, so a field sent but not documented fails too.
 */
class OpenApiContractTest extends PageTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** JSON Schema 2020-12, to which OpenAPI's own keywords are annotations that assert nothing. */
    private static final Dialect SCHEMAS = Dialect.builder(Dialects.getDraft202012())
            .keyword(new AnnotationKeyword("example")).keyword(new AnnotationKeyword("discriminator"))
            .keyword(new NonValidationKeyword("components")).build();
    private static final SchemaRegistry VALIDATOR = SchemaRegistry.withDefaultDialect(SCHEMAS,
            registry -> registry.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));

    @Test
    void everyAnswerOfEveryOperationValidatesAgainstTheDocument() throws Exception {
        Contract contract = new Contract(JSON.readTree(request("/v3/api-docs").body()));

        for (String path : contract.operations()) {
            if (path.endsWith("/{slug}")) {
                String list = path.substring(0, path.length() - "/{slug}".length());
                List<String> slugs = contract.slugsOf(list);
                for (String slug : slugs) {
                    contract.check(path, path.replace("{slug}", slug));
                }
                contract.checkRevalidatedAndRefused(path, path.replace("{slug}", slugs.get(0)));
                contract.check(path, path.replace("{slug}", "no-such-slug"));
                contract.check(path, path.replace("{slug}", "no-such-slug") + "?lang=en");
            } else if (contract.parameters(path).contains("page")) {
                JsonNode first = contract.check(path, path);
                contract.checkRevalidatedAndRefused(path, path);
                int total = first.get("total").asInt();
                int size = first.get("size").asInt();
                contract.check(path, path + "?page=" + Math.max(1, (total + size - 1) / size));
                contract.check(path, path + "?page=" + total + "&size=1");
                contract.check(path, path + "?page=" + (total + 1) + "&size=1");
                contract.check(path, path + "?page=0");
                contract.check(path, path + "?size=201");
            } else {
                contract.check(path, path);
                contract.check(path, path + "?sise=10");
                contract.checkRevalidatedAndRefused(path, path + (path.endsWith("/search") ? "?q=wasu" : ""));
            }
        }
        for (String filters : List.of("partner=wasu", "kind=deal,talks&order=newest", "from=2015&to=2016",
                "certainty=unnamed-sources", "partner=netflix", "from=2018&to=2015")) {
            contract.check("/api/v1/events", "/api/v1/events?" + filters);
        }
        for (String filters : List.of("partner=wasu", "status=in-talks", "type=licensing&partner=letv", "type=merger")) {
            contract.check("/api/v1/deals", "/api/v1/deals?" + filters);
        }
        for (String query : List.of("q=wasu", "q=", "q=wasu+letv&kind=events&partner=wasu&year=2015", "q=wsau",
                "q=%E5%8D%8E%E6%95%B0", "q=netflix&kind=sources", "q=wasu&kind=nothing")) {
            contract.check("/api/v1/search", "/api/v1/search?" + query);
        }
        contract.checkSearchWhileTheIndexIsBuilt();

        contract.checkReferences();

        assertThat(contract.failures).as("answers that break the document").isEmpty();
        assertThat(contract.referencesChecked).as("references compared with their items").isGreaterThan(500);
        assertThat(contract.answered).as("documented answers never given")
                .containsAll(contract.documented()).hasSizeGreaterThan(contract.operations().size() * 2);
    }

    /**
     * The generated client's test (ApiClientTest) is built from a copy of the document kept in the sources; it
     * must be the document the app serves. When they differ the served one is written to target/ to be copied over.
     */
    @Test
    void theCopyTheClientIsGeneratedFromIsTheServedDocument() throws Exception {
        JsonNode served = JSON.readTree(request("/v3/api-docs").body());
        Path copy = Path.of("src/test/resources/openapi/beachhead-api.json");
        JsonNode kept = Files.exists(copy) ? JSON.readTree(copy.toFile()) : null;
        if (!served.equals(kept)) {
            Files.writeString(Path.of("target/beachhead-api.json"), JSON.writerWithDefaultPrettyPrinter().writeValueAsString(served) + "\n");
        }

        assertThat(served.equals(kept))
                .as("%s is the served /v3/api-docs; if the change is meant, copy target/beachhead-api.json there", copy)
                .isTrue();
    }

    /** The document, the answers checked against it, and what they broke. */
    private final class Contract {

        private final JsonNode document;
        private final JsonNode strictSchemas;
        private final Map<String, Schema> schemas = new HashMap<>();
        final List<String> failures = new ArrayList<>();
        final Set<String> answered = new TreeSet<>();
        private final Map<String, JsonNode> items = new HashMap<>();
        private final Map<String, JsonNode> answers = new HashMap<>();
        int referencesChecked;

        Contract(JsonNode document) {
            this.document = document;
            this.strictSchemas = strict(document.get("components").get("schemas").deepCopy());
        }

        Set<String> operations() {
            Set<String> paths = new LinkedHashSet<>();
            document.get("paths").properties().forEach(path -> {
                assertThat(path.getValue().propertyNames()).as(path.getKey() + ": the API answers GET only").containsOnly("get");
                paths.add(path.getKey());
            });
            return paths;
        }

        Set<String> documented() {
            Set<String> all = new TreeSet<>();
            for (String path : operations()) {
                responses(path).propertyNames().forEach(status -> all.add(path + " " + status));
            }
            return all;
        }

        List<String> parameters(String path) {
            JsonNode parameters = document.get("paths").get(path).get("get").get("parameters");
            return parameters == null ? List.of() : parameters.values().stream().map(p -> p.get("name").asString()).toList();
        }

        /** Every item's slug in a list, all its pages read (and checked), to ask each item's endpoint for. */
        List<String> slugsOf(String list) {
            List<String> slugs = new ArrayList<>();
            String next = parameters(list).contains("page") ? list + "?size=200" : list;
            while (next != null) {
                JsonNode answer = check(list, next);
                JsonNode items = answer.isArray() ? answer : answer.get("items");
                items.values().forEach(item -> slugs.add(item.get("slug").asString()));
                JsonNode links = answer.isArray() ? null : answer.get("links");
                next = links == null || links.get("next").isNull() ? null : links.get("next").asString();
            }
            assertThat(slugs).as(list).isNotEmpty();
            return slugs;
        }

        /** Requests {@code url}, an answer of the operation at {@code path}, and checks it against the document. */
        JsonNode check(String path, String url, String... headers) {
            HttpResponse<byte[]> response = request(url, headers);
            String type = response.headers().firstValue("Content-Type").orElse("").replaceFirst(";.*", "");
            String described = headers.length == 0 ? url : url + " (" + headers[0] + ": " + headers[1] + ")";
            JsonNode answer = validate(path, described, response.statusCode(), type, response.body());
            JsonNode documented = responses(path).path(String.valueOf(response.statusCode())).path("headers");
            documented.propertyNames().stream().filter(name -> response.headers().firstValue(name).isEmpty())
                    .forEach(name -> failures.add(described + ": the documented header " + name + " is missing"));
            return answer;
        }

        /** Asks again with the answer's own ETag, then with an Accept header that allows no JSON. */
        void checkRevalidatedAndRefused(String path, String url) {
            String tag = request(url).headers().firstValue("ETag").orElse("");
            assertThat(tag).as(url + ": an ETag to revalidate with").isNotEmpty();
            check(path, url, "If-None-Match", tag);
            check(path, url, "Accept", "text/csv");
        }

        void checkSearchWhileTheIndexIsBuilt() throws Exception {
            SearchService building = mock(SearchService.class);
            // The exception itself, with its message: the detail the 503 sends (a mocked one would have none).
            Constructor<SearchService.IndexBuilding> indexBuilding = SearchService.IndexBuilding.class.getDeclaredConstructor();
            indexBuilding.setAccessible(true);
            when(building.search(any(SearchRequest.class))).thenThrow(indexBuilding.newInstance());
            MockHttpServletResponse response = MockMvcBuilders.standaloneSetup(new SearchApi(building)).build()
                    .perform(MockMvcRequestBuilders.get("/api/v1/search").param("q", "wasu")).andReturn().getResponse();
            validate("/api/v1/search", "/api/v1/search?q=wasu (index building)", response.getStatus(),
                    response.getContentType(), response.getContentAsByteArray());
        }

        private JsonNode validate(String path, String url, int status, String type, byte[] body) {
            answered.add(path + " " + status);
            JsonNode answer = body.length == 0 ? null : JSON.readTree(body);
            JsonNode response = responses(path).get(String.valueOf(status));
            if (response == null) {
                failures.add(url + ": status " + status + " is not documented");
                return answer;
            }
            if (response.get("content") == null && body.length == 0) {
                return null;
            }
            JsonNode media = response.get("content") == null ? null : response.get("content").get(type);
            if (media == null) {
                failures.add(url + ": " + status + " " + type + " is not a documented content type");
                return answer;
            }
            List<Error> errors = schema(media.get("schema")).validate(answer);
            errors.stream().limit(5).forEach(error -> failures.add(url + ": " + error));
            if (status == 200) {
                answers.put(url, answer);
                if (path.endsWith("/{slug}")) {
                    items.put(url, answer);
                }
            }
            return answer;
        }

        /**
         * A reference to an item (anything with links.self naming an item's endpoint) says what the item says:
         * the same Chinese name, headline and date, with how the date was established.
         */
        void checkReferences() {
            answers.forEach((url, answer) -> checkReferences(url, answer));
        }

        private void checkReferences(String url, JsonNode node) {
            JsonNode self = node.path("links").path("self");
            JsonNode item = self.isString() ? items.get(self.asString()) : null;
            if (item != null && !url.equals(self.asString())) {
                referencesChecked++;
                for (String field : List.of("chineseName", "headline", "date")) {
                    if (node.has(field) && item.has(field) && !node.get(field).equals(item.get(field))) {
                        failures.add(url + ": a reference to " + self.asString() + " has " + field + " " + node.get(field)
                                + " where the item has " + item.get(field));
                    }
                }
            }
            if (node.isContainer()) {
                node.values().forEach(child -> checkReferences(url, child));
            }
        }

        private JsonNode responses(String path) {
            return document.get("paths").get(path).get("get").get("responses");
        }

        private Schema schema(JsonNode schema) {
            return schemas.computeIfAbsent(schema.toString(), key -> {
                ObjectNode root = (ObjectNode) schema.deepCopy();
                root.set("components", JSON.createObjectNode().set("schemas", strictSchemas));
                return VALIDATOR.getSchema(root);
            });
        }
    }

    /** The schemas with every object closed: a property not documented is an error, wherever it is. */
    private static JsonNode strict(JsonNode schema) {
        if (schema instanceof ObjectNode object) {
            if (object.has("properties")) {
                object.put("unevaluatedProperties", false);
            }
            object.values().forEach(OpenApiContractTest::strict);
        } else if (schema.isArray()) {
            schema.values().forEach(OpenApiContractTest::strict);
        }
        return schema;
    }
}
