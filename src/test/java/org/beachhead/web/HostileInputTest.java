package org.beachhead.web;

import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Whatever a visitor types into a URL, the answer is a clear 4xx page (or the page itself), never a 500. */
class HostileInputTest extends PageTest {

    private static final List<String> VALUES = List.of(
            "%27%20OR%201%3D1--", "%3Cscript%3Ealert(1)%3C%2Fscript%3E", "..%2F..%2Fetc%2Fpasswd", "-1", "0",
            "99999999999999999999", "%E2%80%AE", "%F0%9F%98%80", "x".repeat(3000), "%00", "%20", "2015%0A2016",
            "wasu,,,letv", "WASU", "2015-01-01");

    private static final List<String> TEMPLATES = List.of(
            "/timeline?partner=%s", "/timeline?kind=%s", "/timeline?from=%s", "/timeline?to=%s", "/timeline?order=%s",
            "/deals?partner=%s", "/deals?status=%s", "/deals?type=%s", "/search?q=%s", "/timeline?lang=%s",
            "/partners/%s", "/events/%s", "/deals/%s", "/titles/%s", "/regulators/%s", "/people/%s", "/sources/%s");

    static Stream<Arguments> hostileRequests() {
        List<Arguments> requests = new ArrayList<>();
        for (String template : TEMPLATES) {
            for (String value : VALUES) {
                requests.add(Arguments.of(template.formatted(value)));
            }
        }
        requests.add(Arguments.of("/timeline?from=2015&from=2016&partner=wasu&partner=nobody"));
        requests.add(Arguments.of("/timeline?" + "partner=wasu&".repeat(200)));
        return requests.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileRequests")
    void neverAnswersWithAServerError(String path) {
        HtmlPage page = get(path.length() > 120 ? path : path);

        assertThat(status(page)).as(path).isLessThan(500);
        assertThat(page.asXml()).as(path).doesNotContain("<script>alert(1)</script>").doesNotContain("Exception")
                .doesNotContain("SQL");
    }
}
