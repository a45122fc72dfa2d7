package org.beachhead.web;

import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What keeps a page's cost from growing with the corpus: a fixed, small number of SQL statements on
 * a first request, and long lists read a page at a time (the page in the address, like the timeline's).
 */
class LongListsTest extends PageTest {

    @ParameterizedTest
    @ValueSource(strings = {"/", "/timeline?partner=iqiyi&kind=deal", "/partners", "/deals", "/deals?partner=microsoft",
            "/deals/iqiyi-bardo", "/titles", "/regulators", "/regulators/sapprft", "/people",
            "/people/ted-sarandos", "/sources", "/sources/netflix-wasu-talks-2015", "/map",
            "/events/wasu-alibaba-set-top-boxes", "/api/v1/events", "/api/v1/events/wasu-alibaba-set-top-boxes",
            "/api/v1/partners", "/api/v1/deals", "/api/v1/deals/iqiyi-bardo", "/api/v1/titles",
            "/api/v1/regulators", "/api/v1/regulators/sapprft", "/api/v1/people",
            "/api/v1/people/ted-sarandos", "/api/v1/sources", "/api/v1/sources/netflix-wasu-talks-2015",
            "/deals.csv", "/deals.json", "/feed.atom", "/partners/iqiyi/feed.atom",
            "/sources/netflix-wasu-talks-2015/cite.bib", "/sources/netflix-wasu-talks-2015/cite.json",
            "/partners/iqiyi", "/partners/iqiyi?page=1", "/api/v1/partners/iqiyi", "/titles/bardo", "/api/v1/titles/bardo",
            "/timeline/chart", "/timeline/chart?partner=iqiyi&kind=deal&from=2015&to=2017", "/timeline.csv", "/timeline.json",
            "/api/v1/partners?page=2&size=5", "/api/v1/titles?page=2&size=5", "/api/v1/people?page=2&size=5"})
    void aFirstRequestTakesAtMostTenSqlStatements(String path) {
        assertThat(statementsFor(path)).isLessThanOrEqualTo(10);
    }

    /** A page of an API list is a count and one window of rows, however many items it answers. */
    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/partners", "/api/v1/titles", "/api/v1/people", "/api/v1/sources"})
    void aPageOfAnApiListTakesTwoStatementsWhateverItsSize(String list) {
        assertThat(statementsFor(list + "?size=1")).isEqualTo(2);
        assertThat(statementsFor(list + "?size=200")).isEqualTo(2);
        assertThat(statementsFor(list + "?page=2&size=3")).isEqualTo(2);
    }

    /**
     * Pages still over the budget of ten, with what they take today, so that they can only get
     * better: the dataset reads every table (30 since the claim model's roles, links and questions).
     */
    @ParameterizedTest
    @CsvSource({"/dataset.json, 30"})
    void aPageOverTheBudgetTakesNoMoreThanItDidWhenLastMeasured(String path, long statements) {
        assertThat(statementsFor(path)).isLessThanOrEqualTo(statements);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/partners/iqiyi", "/titles/empresses-in-the-palace", "/regulators/sapprft",
            "/people/ted-sarandos", "/deals/iqiyi-bardo", "/deals", "/sources", "/partners", "/titles", "/people"})
    void aListThatFitsOnePageHasNoPageLinksAndAPageBeyondItIsABadRequestNamingTheParameter(String path) {
        HtmlPage first = get(path + "?page=1");
        assertThat(status(first)).isEqualTo(200);
        assertThat(first.querySelectorAll("nav.pages")).isEmpty();
        assertThat(texts(first, "main")).isEqualTo(texts(get(path), "main"));

        HtmlPage beyond = get(path + "?page=2");
        assertThat(status(beyond)).isEqualTo(400);
        assertThat(text(beyond, ".error-message")).contains("Parameter page").contains("there is no page 2");

        HtmlPage malformed = get(path + "?page=two");
        assertThat(status(malformed)).isEqualTo(400);
        assertThat(text(malformed, ".error-message")).contains("Parameter page");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/partners/netflix?page=2", "/titles/no-such-title?page=2"})
    void aPageOfSomethingTheCorpusDoesNotHaveIsNotFoundRatherThanABadPage(String path) {
        HtmlPage page = get(path);

        assertThat(status(page)).isEqualTo(404);
        assertThat(text(page, ".error-message")).doesNotContain("Parameter page");
    }
}
