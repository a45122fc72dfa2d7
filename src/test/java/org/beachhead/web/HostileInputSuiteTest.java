package org.beachhead.web;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15: every route's every parameter (and its path slug, the language switch, a repeated and an
 * unknown parameter) against a table of hostile values: long, broken or odd percent-encoding,
 * injections, Unicode, huge and negative numbers. The requests are written byte for byte on a socket,
 * so Tomcat sees them as an attacker sends them. Each answer is checked: no server error, no payload
 * echoed unescaped in HTML (JSON and CSV carry it as data), no stack trace or SQL; and the security
 * headers are there.
 */
class HostileInputSuiteTest extends PageTest {

    /** Each route with a slug place ({slug}, filled with a real one or a hostile value) and the parameters it reads. */
    private static final Map<String, List<String>> ROUTES = Map.ofEntries(
            Map.entry("/", List.of("partner", "kind", "certainty", "from", "to", "order", "page")),
            Map.entry("/timeline", List.of("partner", "kind", "certainty", "from", "to", "order", "page")),
            Map.entry("/timeline/chart", List.of("partner", "kind", "certainty", "from", "to", "order")),
            Map.entry("/timeline.csv", List.of("partner", "kind", "certainty", "from", "to", "order")),
            Map.entry("/timeline.json", List.of("partner", "kind", "certainty", "from", "to", "order")),
            Map.entry("/feed.atom", List.of()),
            Map.entry("/dataset.json", List.of()),
            Map.entry("/deals", List.of("partner", "status", "type", "page")),
            Map.entry("/deals.json", List.of("partner", "status", "type")),
            Map.entry("/deals.csv", List.of("partner", "status", "type")),
            Map.entry("/deals/{slug}", List.of("page")),
            Map.entry("/events/{slug}", List.of()),
            Map.entry("/partners", List.of("page")),
            Map.entry("/partners/{slug}", List.of("page")),
            Map.entry("/partners/{slug}/feed.atom", List.of()),
            Map.entry("/titles", List.of("page")),
            Map.entry("/titles/{slug}", List.of("page")),
            Map.entry("/people", List.of("page")),
            Map.entry("/people/{slug}", List.of("page")),
            Map.entry("/regulators", List.of()),
            Map.entry("/regulators/{slug}", List.of("page")),
            Map.entry("/sources", List.of("page")),
            Map.entry("/sources/{slug}", List.of()),
            Map.entry("/sources/{slug}/cite.bib", List.of()),
            Map.entry("/sources/{slug}/cite.json", List.of()),
            Map.entry("/questions", List.of()),
            Map.entry("/questions/{slug}", List.of()),
            Map.entry("/map", List.of("partner")),
            Map.entry("/search", List.of("q", "kind", "partner", "year")),
            Map.entry("/search/suggest", List.of("q")),
            Map.entry("/api/v1/events", List.of("partner", "kind", "certainty", "from", "to", "order", "page", "size")),
            Map.entry("/api/v1/events/{slug}", List.of()),
            Map.entry("/api/v1/deals", List.of("partner", "status", "type", "page", "size")),
            Map.entry("/api/v1/deals/{slug}", List.of()),
            Map.entry("/api/v1/partners", List.of("page", "size")),
            Map.entry("/api/v1/partners/{slug}", List.of()),
            Map.entry("/api/v1/titles", List.of("page", "size")),
            Map.entry("/api/v1/titles/{slug}", List.of()),
            Map.entry("/api/v1/people", List.of("page", "size")),
            Map.entry("/api/v1/people/{slug}", List.of()),
            Map.entry("/api/v1/sources", List.of("page", "size")),
            Map.entry("/api/v1/sources/{slug}", List.of()),
            Map.entry("/api/v1/regulators", List.of()),
            Map.entry("/api/v1/regulators/{slug}", List.of()),
            Map.entry("/api/v1/questions", List.of()),
            Map.entry("/api/v1/questions/{slug}", List.of()),
            Map.entry("/api/v1/search", List.of("q", "kind", "partner", "year")));

    /** Values as they stand in the request line: some percent-encoded, some deliberately not, or broken. */
    private static final List<String> VALUES = List.of(
            "wasu", "talks", "2015", "1", "2", "newest",
            "%27%20OR%201%3D1--", "1%27%3B%20DROP%20TABLE%20event%3B--", "%3Cscript%3Ealert(1)%3C%2Fscript%3E",
            "%22%3E%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E", "javascript:alert(1)", "%24%7B7*7%7D", "__%24%7BT(java.lang.Runtime)%7D__",
            "..%2F..%2Fetc%2Fpasswd", "%2e%2e", "-1", "0", "01", "1e3", "0x10", "1.5", "%201", "2147483647", "2147483648",
            "4294967296", "-2147483648", "99999999999999999999", "42949674", "999999999", "%EF%BC%91", "0000", "9999", "-2015",
            "%E2%80%AE", "%F0%9F%98%80", "%E7%88%B1%E5%A5%87%E8%89%BA", "%EF%BB%BF", "%C0%AF", "%ED%A0%80", "%00", "%0A",
            "%0D%0ASet-Cookie:%20x=1", "%09", "%", "%2", "%ff", "%%", "%u0041", "%25", "%252e", "x".repeat(3000),
            "a,".repeat(500), "%41".repeat(1000), ",,,", "wasu,,letv", "WASU", "wasu%2Cletv", "", "%20", "null", "%7B%7D");

    private static final List<String> SLUGS = List.of("wasu", "netflix-wasu-talks", "iqiyi-bardo", "bardo", "ted-sarandos",
            "sapprft", "blog-2015-netflix-letv-talks", "is-netflix-in-china");

    /** The slug each kind of page is asked with when its parameters are tried, so that they reach the page itself. */
    private static final Map<String, String> SLUG_OF = Map.ofEntries(Map.entry("deals/", "iqiyi-bardo"),
            Map.entry("events/", "netflix-wasu-talks"), Map.entry("partners/", "wasu"), Map.entry("titles/", "bardo"),
            Map.entry("people/", "ted-sarandos"), Map.entry("regulators/", "sapprft"),
            Map.entry("sources/", "blog-2015-netflix-letv-talks"), Map.entry("questions/", "is-netflix-in-china"));

    private static final List<String> MARKERS = List.of("<script>alert(1)</script>", "<img src=x onerror=alert(1)>",
            "Exception", "\tat org.", "at java.base", "SQLState", "org.hibernate", "syntax error");

    @Test
    void noHostileRequestGetsAServerErrorAnEchoOrAStackTrace() throws Exception {
        List<String> requests = requests();
        assertThat(requests).hasSizeGreaterThanOrEqualTo(5000);

        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        ExecutorService clients = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> pending = new ArrayList<>();
            for (String target : requests) {
                pending.add(clients.submit(() -> check(target, failures)));
            }
            for (Future<?> done : pending) {
                done.get();
            }
        } finally {
            clients.shutdownNow();
        }

        assertThat(failures).as("%d of %d requests", failures.size(), requests.size()).isEmpty();
    }

    /** Every route with every value for each of its parameters, its slug, ?lang=, a repeat and an unknown name. */
    static List<String> requests() {
        List<String> requests = new ArrayList<>();
        ROUTES.forEach((route, parameters) -> {
            String path = route;
            if (route.contains("{slug}")) {
                SLUGS.forEach(slug -> requests.add(route.replace("{slug}", slug)));
                VALUES.forEach(value -> requests.add(route.replace("{slug}", value.isEmpty() ? "x" : value)));
                String kind = route.substring(route.lastIndexOf('/', route.indexOf("{slug}") - 2) + 1, route.indexOf("{slug}"));
                path = route.replace("{slug}", SLUG_OF.get(kind));
            }
            List<String> names = new ArrayList<>(parameters);
            names.add("lang");
            for (String name : names) {
                for (String value : VALUES) {
                    requests.add(path + "?" + name + "=" + value);
                }
            }
            // An unknown parameter is ignored or refused whatever its value: a few values are enough.
            for (String value : VALUES.subList(0, 12)) {
                requests.add(path + "?zzz=" + value);
            }
            for (String name : parameters) {
                for (String value : VALUES.subList(0, 12)) {
                    requests.add(path + "?" + name + "=" + value + "&" + name + "=" + value + "&" + name + "=%ff");
                }
            }
        });
        return requests;
    }

    private void check(String target, List<String> failures) {
        try {
            String response = sendRaw(target);
            int status = response.length() < 12 ? 0 : Integer.parseInt(response.substring(9, 12));
            // Markup in a JSON or CSV answer is data (sent with nosniff, never rendered); in HTML it must be escaped.
            boolean html = !response.contains("\r\nContent-Type: ") || response.contains("\r\nContent-Type: text/html");
            String problem = status >= 500 || status == 0 ? "status " + status
                    : MARKERS.stream().filter(response::contains).filter(marker -> html || !marker.startsWith("<"))
                    .findFirst().map(marker -> "contains " + marker)
                    .orElse(response.contains("X-Content-Type-Options: nosniff") ? null : "no security headers");
            if (problem != null) {
                failures.add(target.substring(0, Math.min(150, target.length())) + ": " + problem);
            }
        } catch (IOException e) {
            failures.add(target.substring(0, Math.min(150, target.length())) + ": " + e);
        }
    }

    private String sendRaw(String target) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nAccept: "
                    + (target.startsWith("/api/") ? "application/json" : "text/html") + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream received = new ByteArrayOutputStream();
            in.transferTo(received);
            return received.toString(StandardCharsets.UTF_8);
        }
    }
}
