package org.beachhead.workbench;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may do what, route by route: every route the app maps is asked for as a stranger would, so a new route
 * under /curation or the curation API that forgot its protection, or a new form that skips CSRF, fails here.
 */
class WorkbenchSecurityTest extends WorkbenchTestSupport {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    record Route(RequestMethod method, String path) {
    }

    private List<Route> routes() {
        List<Route> routes = new ArrayList<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                String path = pattern.replace("{slug}", EVENT).replace("{state}", "handled").replaceAll("\\{[^}]+}", "1");
                (methods.isEmpty() ? Set.of(RequestMethod.GET) : methods).forEach(method -> routes.add(new Route(method, path)));
            }
        }
        return routes;
    }

    @Test
    void strangersAreSentToSignInFromEveryWorkbenchRouteAndRefusedByEveryCurationApiRoute() {
        List<String> checked = new ArrayList<>();
        for (Route route : routes()) {
            boolean page = route.path().equals("/curation") || route.path().startsWith("/curation/");
            boolean api = route.path().startsWith("/api/v1/curation/");
            if (!page && !api) {
                continue;
            }
            HttpResponse<String> answer = send(route, HttpRequest.BodyPublishers.noBody());
            if (page && route.method() == RequestMethod.GET) {
                assertThat(answer.statusCode()).as(route.toString()).isEqualTo(302);
                assertThat(answer.headers().firstValue("Location")).as(route.toString()).hasValueSatisfying(to -> assertThat(to).endsWith("/login"));
            } else if (page) {
                // A stranger's POST has no CSRF token either: refused before anything else is looked at.
                assertThat(answer.statusCode()).as(route.toString()).isIn(302, 403);
            } else {
                assertThat(answer.statusCode()).as(route.toString()).isEqualTo(401);
                assertThat(answer.headers().firstValue("WWW-Authenticate")).as(route + ": no Basic challenge for browsers").isEmpty();
            }
            checked.add(route.toString());
        }
        assertThat(checked).as("workbench and curation API routes").hasSizeGreaterThanOrEqualTo(4);
    }

    @Test
    void oddlyWrittenAddressesOfTheWorkbenchAreStillTheWorkbench() {
        for (String odd : List.of("/%63uration", "/curation/", "/events/x/../../curation", "/./curation", "/api/v1/%63uration/reports")) {
            HttpResponse<String> answer = send(new Route(RequestMethod.GET, odd), HttpRequest.BodyPublishers.noBody());
            assertThat(answer.statusCode()).as(odd).isIn(302, 400, 401, 404);
            assertThat(answer.body()).as(odd).doesNotContain("Reports from readers");
        }
    }

    @Test
    void onlyPlainAddressesOutsideTheSecuredPrefixesSkipTheMatchers() {
        assertThat(gate("", "/timeline")).isFalse();
        assertThat(gate("", "/events/netflix-wasu-talks")).isFalse();
        assertThat(gate("", "/api/v1/events")).isFalse();
        for (String secured : List.of("/curation", "/curation/reports/1/open", "/login", "/logout", "/api/v1/curation",
                "/events/x/report", "/events/x/report/thanks", "/%63uration", "/x/..;/curation", "//curation", "/./curation")) {
            assertThat(gate("", secured)).as(secured).isTrue();
        }
        assertThat(gate("/beachhead", "/beachhead/curation")).as("under a context path").isTrue();
        assertThat(gate("/beachhead", "/beachhead/timeline")).isFalse();
    }

    private static boolean gate(String contextPath, String uri) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", uri);
        request.setContextPath(contextPath);
        return SecurityConfiguration.maybeSecured(request);
    }

    @Test
    void everyFormRouteRefusesAPostWithoutItsCsrfToken() {
        HttpClient editor = browserLike();
        assertThat(signIn(editor, EDITOR, PASSWORD).statusCode()).isEqualTo(302);
        List<String> checked = new ArrayList<>();
        for (Route route : routes()) {
            if (route.method() == RequestMethod.GET || route.method() == RequestMethod.HEAD || route.path().startsWith("/api/")) {
                continue;
            }
            HttpResponse<String> signedIn = post(editor, route.path(), Map.of("text", "A problem described at length."));
            HttpResponse<String> stranger = post(browserLike(), route.path(), Map.of("text", "A problem described at length."));
            assertThat(signedIn.statusCode()).as("signed in, no token: " + route).isEqualTo(403);
            assertThat(stranger.statusCode()).as("stranger, no token: " + route).isIn(302, 403);
            checked.add(route.toString());
        }
        assertThat(post(browserLike(), "/login", Map.of("username", EDITOR, "password", PASSWORD)).statusCode())
                .as("sign-in without a token").isEqualTo(403);
        assertThat(post(editor, "/logout", Map.of()).statusCode()).as("sign-out without a token").isEqualTo(403);
        assertThat(checked).as("form routes").anyMatch(route -> route.contains("/report"))
                .anyMatch(route -> route.contains("/curation/reports/"));
    }

    @Test
    void theSessionIdChangesAtSignIn() {
        HttpClient client = browserLike();
        HttpResponse<String> login = get(client, "/login");
        String before = sessionCookie(login);
        HttpResponse<String> signedIn = signIn(client, EDITOR, PASSWORD);

        assertThat(before).isNotEmpty();
        assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/curation"));
        assertThat(sessionCookie(signedIn)).isNotEmpty().isNotEqualTo(before);
        assertThat(get(client, "/curation").statusCode()).isEqualTo(200);
    }

    @Test
    void repeatedWrongPasswordsLockTheAccountOutEvenForTheRightOne() {
        for (int i = 0; i < 5; i++) {
            HttpResponse<String> wrong = signIn(browserLike(), EDITOR, "not-the-password-" + i);
            assertThat(wrong.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/login?error"));
        }
        HttpClient client = browserLike();
        HttpResponse<String> right = signIn(client, EDITOR, PASSWORD);
        assertThat(right.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/login?throttled"));
        assertThat(get(client, "/login?throttled").body()).contains("Too many failed sign-ins").contains("15 minutes");
        assertThat(get(client, "/curation").statusCode()).as("still signed out").isEqualTo(302);

        HttpResponse<String> api = get(browserLike(), CurationApi.REPORTS, "Authorization", basic(EDITOR, PASSWORD));
        assertThat(api.statusCode()).isEqualTo(429);
        assertThat(api.headers().firstValue("Retry-After")).hasValue("900");
    }

    @Test
    void theApiTakesNoSessionCookieOnlyAnEditorsNameAndPassword() {
        HttpClient editor = browserLike();
        signIn(editor, EDITOR, PASSWORD);
        assertThat(get(editor, "/curation").statusCode()).isEqualTo(200);

        assertThat(get(editor, CurationApi.REPORTS).statusCode()).as("signed-in browser, no credentials").isEqualTo(401);
        assertThat(get(browserLike(), CurationApi.REPORTS, "Authorization", basic(EDITOR, "wrong-password-here")).statusCode())
                .isEqualTo(401);
        HttpResponse<String> basic = get(browserLike(), CurationApi.REPORTS, "Authorization", basic(EDITOR, PASSWORD));
        assertThat(basic.statusCode()).isEqualTo(200);
        assertThat(basic.headers().firstValue("Set-Cookie")).as("no session for the API").isEmpty();
        assertThat(basic.headers().firstValue("Cache-Control")).hasValue("no-cache, no-store, max-age=0, must-revalidate");
    }

    @Test
    void readersGetNoSessionAndNoneOfSpringSecuritysHeaders() {
        for (String path : List.of("/", "/timeline", "/events/" + EVENT, "/partners/wasu", "/api/v1/events", "/feed.atom",
                "/v3/api-docs", "/timeline?from=abc", "/events/no-such-event")) {
            HttpResponse<String> answer = get(browserLike(), path);
            assertThat(answer.headers().allValues("Set-Cookie")).as(path).isEmpty();
            assertThat(answer.headers().allValues("Content-Security-Policy")).as(path).hasSize(1);
            assertThat(answer.headers().allValues("X-Frame-Options")).as(path).containsExactly("DENY");
            assertThat(answer.headers().firstValue("Pragma")).as(path).isEmpty();
            assertThat(answer.headers().firstValue("Expires")).as(path).isEmpty();
            assertThat(answer.headers().allValues("Cache-Control")).as(path).allSatisfy(value -> assertThat(value).doesNotContain("no-store"));
        }
        assertThat(get(browserLike(), "/events/" + EVENT).headers().firstValue("Cache-Control")).hasValue("public, no-cache");
        assertThat(get(browserLike(), "/v3/api-docs").body()).doesNotContain("/api/v1/curation");
    }

    @Test
    void theCurationApiIsDocumentedApartWithItsSecurityScheme() {
        String document = get(browserLike(), "/v3/api-docs/curation").body();
        assertThat(document).contains("\"/api/v1/curation/reports\"").contains("\"/api/v1/curation/reports/{id}/{state}\"")
                .contains("\"/api/v1/curation/events/{slug}\":{\"get\"").contains("\"put\":{\"tags\"")
                .contains("\"/api/v1/curation/events/{slug}/retire\"").contains("\"ClaimEdit\":{")
                .contains("\"securitySchemes\":{\"editor\":{\"type\":\"http\"").contains("\"scheme\":\"basic\"")
                .doesNotContain("\"/api/v1/events\"");
    }

    private HttpResponse<String> send(Route route, HttpRequest.BodyPublisher body) {
        HttpRequest request = HttpRequest.newBuilder(uri(route.path())).method(route.method().name(), body).build();
        try {
            return browserLike().send(request, HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new AssertionError(route + ": " + e, e);
        }
    }

    private static String sessionCookie(HttpResponse<String> answer) {
        return answer.headers().allValues("Set-Cookie").stream().filter(cookie -> cookie.startsWith("JSESSIONID="))
                .map(cookie -> cookie.substring(0, cookie.indexOf(';'))).findFirst().orElse("");
    }
}
