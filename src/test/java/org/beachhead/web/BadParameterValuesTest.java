package org.beachhead.web;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page, download and API list that takes parameters, sent values no link of the site makes: control
 * characters, overlong text, codes in the wrong case or as Java constant names, numbers out of range or not
 * plain digits, single values repeated, unknown parameters on the API. Each gets a 400 that names the
 * parameter: never a 500, and never an answer as if the value had been understood.
 */
class BadParameterValuesTest extends PageTest {

    private static final String LONG = "a".repeat(300);
    private static final List<String> EVENT_KINDS = List.of("deal", "talks", "regulation", "market-figure");
    private static final List<String> DEAL_STATUSES = List.of("rumoured", "in-talks", "signed", "ended");

    /** Malformed values of each kind of parameter, percent-encoded as they go in the query string. */
    private static final Map<String, List<String>> BAD = Map.ofEntries(
            Map.entry("page", List.of("%00", "1%00", "0", "-1", "abc", "0x10", "%2B5", "1.0", "1e3", "9999999999", LONG, "1&page=2")),
            Map.entry("size", List.of("%00", "0", "201", "-1", "abc", "0x10", "%2B5", "9999", LONG, "10&size=20")),
            Map.entry("partner", List.of("%00", "wasu%00", "Wasu", "..%2Fetc", "wasu,Letv", "wasu%20media", LONG)),
            Map.entry("kind", withWrongCases(List.of("%00", "a%00b", "DEAL", "MARKET_FIGURE", "market_figure", "rumour", LONG), EVENT_KINDS)),
            Map.entry("certainty", withWrongCases(List.of("%00", "OPINION", "unnamed_sources", "UNNAMED_SOURCES", "rumour", LONG),
                    List.of("stated", "opinion", "unnamed-sources"))),
            Map.entry("status", withWrongCases(List.of("%00", "IN_TALKS", "in_talks", "SIGNED", "maybe", LONG), DEAL_STATUSES)),
            Map.entry("type", List.of("%00", "LICENSING", "Licensing", "barter", LONG)),
            Map.entry("from", List.of("%00", "15", "2o15", "-2015", "%2B2015", "MIN_VALUE", "20150", LONG, "2015&from=2016")),
            Map.entry("to", List.of("%00", "16", "2016.0", "MAX_VALUE", LONG, "2016&to=2017")),
            Map.entry("order", List.of("%00", "NEWEST", "OLDEST", "Newest", "random", "newest,oldest", LONG, "newest&order=oldest")));

    private static final Map<String, List<String>> ROUTES = Map.ofEntries(
            Map.entry("/timeline", List.of("partner", "kind", "certainty", "from", "to", "order", "page")),
            Map.entry("/", List.of("kind", "order", "page")),
            Map.entry("/timeline/chart", List.of("partner", "kind", "certainty", "from", "to", "order")),
            Map.entry("/timeline.csv", List.of("partner", "kind", "certainty", "from", "to", "order")),
            Map.entry("/timeline.json", List.of("kind", "order")),
            Map.entry("/map", List.of("partner")),
            Map.entry("/deals", List.of("partner", "status", "type", "page")),
            Map.entry("/deals.csv", List.of("partner", "status", "type")),
            Map.entry("/deals.json", List.of("status")),
            Map.entry("/partners", List.of("page")),
            Map.entry("/titles", List.of("page")),
            Map.entry("/people", List.of("page")),
            Map.entry("/sources", List.of("page")),
            Map.entry("/partners/wasu", List.of("page")),
            Map.entry("/titles/bardo", List.of("page")),
            Map.entry("/regulators/sapprft", List.of("page")),
            Map.entry("/people/ted-sarandos", List.of("page")),
            Map.entry("/deals/letv-microsoft-cloud", List.of("page")),
            Map.entry("/api/v1/events", List.of("partner", "kind", "certainty", "from", "to", "order", "page", "size")),
            Map.entry("/api/v1/deals", List.of("partner", "status", "type", "page", "size")),
            Map.entry("/api/v1/partners", List.of("page", "size")),
            Map.entry("/api/v1/titles", List.of("page", "size")),
            Map.entry("/api/v1/people", List.of("page", "size")),
            Map.entry("/api/v1/sources", List.of("page", "size")));

    static Stream<Arguments> badValues() {
        List<Arguments> requests = new ArrayList<>();
        ROUTES.forEach((route, parameters) -> {
            for (String parameter : parameters) {
                BAD.get(parameter).forEach(value -> requests.add(Arguments.of(route + "?" + parameter + "=" + value, parameter)));
            }
            if (parameters.contains("from")) {
                requests.add(Arguments.of(route + "?from=2016&to=2015", "from"));
            }
        });
        // A list has no page past its end (the API answers such a page empty, which its own tests check).
        List.of("/timeline", "/deals", "/partners", "/sources", "/partners/wasu", "/deals/letv-microsoft-cloud", "/titles/bardo")
                .forEach(route -> requests.add(Arguments.of(route + "?page=999999999", "page")));
        // Issue 15: (page - 1) x 50 overflowed an int on owner pages and gave 500 ("First result cannot be negative").
        requests.add(Arguments.of("/partners/wasu?page=42949674", "page"));
        // The API refuses parameters it does not declare, so that a typo is not a silently unfiltered answer.
        List.of("/api/v1/events?sise=10", "/api/v1/deals?kind=deal", "/api/v1/partners?partner=wasu",
                "/api/v1/regulators?page=2", "/api/v1/events/netflix-wasu-talks?order=newest")
                .forEach(path -> requests.add(Arguments.of(path, path.substring(path.indexOf('?') + 1, path.indexOf('=')))));
        return requests.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badValues")
    void answers400NamingTheParameter(String pathAndQuery, String parameter) {
        HttpResponse<byte[]> answer = request(pathAndQuery, "Accept-Language", "en");
        String body = new String(answer.body(), StandardCharsets.UTF_8);

        assertThat(answer.statusCode()).as(pathAndQuery).isEqualTo(400);
        if (answer.headers().firstValue("Content-Type").orElse("").contains("json")) {
            assertThat(body).as(pathAndQuery).contains("\"parameter\":\"" + parameter + "\"");
        } else {
            assertThat(body).as(pathAndQuery).contains("Parameter " + parameter + ":");
        }
    }

    /** The values plus each valid code with one letter in upper case, chosen by a fixed seed. */
    private static List<String> withWrongCases(List<String> values, List<String> codes) {
        Random random = new Random(11);
        List<String> all = new ArrayList<>(values);
        for (String code : codes) {
            int at = random.nextInt(code.length());
            String wrong = code.substring(0, at) + code.substring(at, at + 1).toUpperCase(Locale.ROOT) + code.substring(at + 1);
            all.add(wrong.equals(code) ? code.toUpperCase(Locale.ROOT) : wrong);
        }
        return all;
    }
}
