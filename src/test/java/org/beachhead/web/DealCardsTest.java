package org.beachhead.web;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.htmlunit.WebClient;
import org.htmlunit.html.DomElement;
import org.htmlunit.html.DomNode;
import org.htmlunit.html.HtmlAnchor;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A deal card lists the first few events of its deal and leads to the rest on the deal's page.
 * The shipped corpus has no deal with more events than a card shows, so this reads a small
 * synthetic one (src/test/resources/corpus/long-deals, written by
 * {@code bench/generate_corpus.py --seed 7 --articles 6 --events 30 --partners 4 --deals 3 --titles 3 --people 3 --regulators 2},
 * then trimmed to the partners and people its quotes name, as the claim rules require):
 * deal 1 has six events, three of them dated only "c. 2022", the last two on 10 Sep 2024.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "beachhead.corpus.folder=src/test/resources/corpus/long-deals",
        "spring.datasource.url=jdbc:h2:mem:beachhead-long-deals;DB_CLOSE_DELAY=-1",
        "spring.jpa.properties.hibernate.generate_statistics=true",
        "logging.level.org.htmlunit=ERROR"})
class DealCardsTest {

    private static final String DEAL = "deal-00001-kaikai-network";

    @LocalServerPort
    int port;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Autowired
    org.springframework.context.ApplicationEventPublisher events;

    @Autowired
    CorpusVersionHolder versions;

    private final WebClient browser = PageTest.pageBrowser();

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/deals", "/partners/kaikai-network", "/titles/the-empire-harbour-zhitian", "/deals/" + DEAL})
    void aCardShowsTheFirstThreeEventsInDateOrderAndLeadsToTheOthers(String path) throws IOException {
        DomElement card = get(path).getElementById("deal-" + DEAL);

        assertThat(card.querySelectorAll(".deal-events li a")).extracting(node -> ((HtmlAnchor) node).getHrefAttribute())
                .containsExactly("/events/event-000010", "/events/event-000016", "/events/event-000022");
        assertThat(card.querySelectorAll(".deal-events time")).extracting(DomNode::getTextContent)
                .containsOnly("c. 2022");
        assertThat(squash(card.querySelector(".deal-facts").getTextContent()))
                .as("the dates of the first and the latest event, though the latest is not listed")
                .contains("first reported c. 2022").contains("latest 10 Sep 2024");
        HtmlAnchor more = card.querySelector(".deal-more-events a");
        assertThat(squash(more.getTextContent())).isEqualTo("and 3 more events");

        HtmlPage dealPage = more.click();
        assertThat(dealPage.getWebResponse().getStatusCode()).isEqualTo(200);
        assertThat(dealPage.getUrl().getPath()).isEqualTo("/deals/" + DEAL);
        assertThat(dealPage.getUrl().getRef()).isEqualTo("evidence");
        assertThat(dealPage.getElementById("evidence")).isNotNull();
        assertThat(dealPage.querySelectorAll(".event-list article.event")).extracting(node -> ((DomElement) node).getId())
                .containsExactly("event-event-000010", "event-event-000016", "event-event-000022", "event-event-000025",
                        "event-event-000001", "event-event-000013");
    }

    @Test
    void aCardWithOneEventMoreSaysSoInEitherLanguage() throws IOException {
        HtmlPage english = get("/deals");
        browser.addRequestHeader("Accept-Language", "zh-CN");
        HtmlPage chinese = get("/deals");

        assertThat(squash(english.querySelector("#deal-deal-00000-tianhaibo-media .deal-more-events").getTextContent()))
                .isEqualTo("and 1 more event");
        assertThat(squash(chinese.querySelector("#deal-deal-00000-tianhaibo-media .deal-more-events").getTextContent()))
                .isEqualTo("另有 1 个事件");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/deals", "/deals?partner=kaikai-network", "/partners/kaikai-network",
            "/titles/the-empire-harbour-zhitian", "/deals/" + DEAL, "/deals.csv?status=rumoured,announced,active"})
    void aPageOfDealsWithManyEventsTakesAtMostTenSqlStatements(String path) throws IOException {
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        PageTest.forgetWhatIsKept(events, versions);
        long before = statistics.getPrepareStatementCount();
        assertThat(browser.getPage("http://localhost:" + port + path).getWebResponse().getStatusCode()).isEqualTo(200);

        assertThat(statistics.getPrepareStatementCount() - before).isLessThanOrEqualTo(10);
    }

    private HtmlPage get(String path) throws IOException {
        HtmlPage page = browser.getPage("http://localhost:" + port + path);
        assertThat(page.getWebResponse().getStatusCode()).as(path).isEqualTo(200);
        return page;
    }

    private static String squash(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}
