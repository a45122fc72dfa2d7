package org.beachhead.web;

import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FeedsTest extends PageTest {

    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final String XHTML = "http://www.w3.org/1999/xhtml";

    @Test
    void theSiteFeedIsAtomWithEveryEventNewestFirst() {
        HttpResponse<byte[]> response = request("/feed.atom");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/atom+xml;charset=UTF-8");
        Element feed = parse(response.body()).getDocumentElement();
        assertThat(feed.getNamespaceURI()).isEqualTo(ATOM);
        assertThat(feed.getLocalName()).isEqualTo("feed");
        assertThat(child(feed, "id").getTextContent()).startsWith("tag:beachhead,");
        assertThat(child(feed, "title").getTextContent()).isNotBlank();
        assertThat(OffsetDateTime.parse(child(feed, "updated").getTextContent())).isNotNull();
        assertThat(link(feed, "self")).isEqualTo(SITE + "/feed.atom");
        assertThat(child(child(feed, "author"), "name").getTextContent()).isEqualTo("Beachhead");

        List<Element> entries = children(feed, "entry");
        assertThat(entries).hasSameSizeAs(get("/timeline").querySelectorAll(".event"));
        for (Element entry : entries) {
            String permalink = link(entry, "alternate");
            assertThat(permalink).startsWith(SITE + "/events/");
            assertThat(child(entry, "id").getTextContent())
                    .isEqualTo("tag:beachhead,2026:events/" + permalink.substring(permalink.lastIndexOf('/') + 1));
            assertThat(child(entry, "title").getTextContent()).isNotBlank();
            assertThat(OffsetDateTime.parse(child(entry, "updated").getTextContent())).isNotNull();
            Element content = child(entry, "content");
            assertThat(content.getAttribute("type")).isEqualTo("xhtml");
            Element div = (Element) content.getElementsByTagNameNS(XHTML, "div").item(0);
            assertThat(div.getElementsByTagNameNS(XHTML, "blockquote").getLength()).isPositive();
            assertThat(div.getTextContent()).contains("Date: ");
        }
        assertThat(entries.stream().map(entry -> OffsetDateTime.parse(child(entry, "updated").getTextContent())).toList())
                .isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(slugs(entries)).containsExactlyElementsOf(eventSlugs(get("/timeline?order=newest")));
    }

    @Test
    void quotationMarksInExcerptsComeBackIntactFromWellFormedXml() {
        Document feed = parse(request("/feed.atom").body());

        List<String> quotes = new ArrayList<>();
        NodeList paragraphs = feed.getElementsByTagNameNS(XHTML, "blockquote");
        for (int i = 0; i < paragraphs.getLength(); i++) {
            quotes.add(paragraphs.item(i).getTextContent());
        }
        assertThat(quotes).anyMatch(quote -> quote.contains("\"to be nearly global by the end of 2016,\""));
    }

    @ParameterizedTest
    @ValueSource(strings = {"wasu", "letv", "iqiyi"})
    void aPartnersFeedHoldsExactlyWhatItsFilteredTimelineShowsNewestFirst(String partner) {
        HttpResponse<byte[]> response = request("/partners/" + partner + "/feed.atom");

        assertThat(response.statusCode()).isEqualTo(200);
        Element feed = parse(response.body()).getDocumentElement();
        assertThat(child(feed, "id").getTextContent()).isEqualTo("tag:beachhead,2026:partners/" + partner + "/feed");
        assertThat(link(feed, "self")).endsWith("/partners/" + partner + "/feed.atom");
        List<String> timeline = eventSlugs(get("/timeline?partner=" + partner + "&order=newest"));
        assertThat(timeline).isNotEmpty().hasSizeLessThan(eventSlugs(get("/timeline")).size());
        assertThat(slugs(children(feed, "entry"))).containsExactlyElementsOf(timeline);
    }

    @Test
    void anUnknownPartnerHasNoFeed() {
        var missing = request("/partners/nobody/feed.atom");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/timeline?partner=wasu", "/events/netflix-wasu-talks", "/sources", "/deals", "/people",
            "/partners/nobody"})
    void everyPageAdvertisesTheSiteFeed(String path) {
        HtmlPage page = get(path);

        assertThat(attributes(page, "head link[rel=alternate][type='application/atom+xml']", "href")).containsExactly("/feed.atom");
    }

    @Test
    void aPartnersPageAlsoAdvertisesItsOwnFeed() {
        HtmlPage page = get("/partners/wasu");

        assertThat(attributes(page, "head link[rel=alternate][type='application/atom+xml']", "href"))
                .containsExactly("/feed.atom", "/partners/wasu/feed.atom");
        assertThat(attributes(page, "head link[rel=alternate][type='application/atom+xml']", "title")).allMatch(title -> !title.isBlank());
    }

    private static List<String> eventSlugs(HtmlPage timeline) {
        return attributes(timeline, ".event", "id").stream().map(id -> id.substring("event-".length())).toList();
    }

    private static List<String> slugs(List<Element> entries) {
        return entries.stream().map(entry -> link(entry, "alternate")).map(href -> href.substring(href.lastIndexOf('/') + 1)).toList();
    }

    static Document parse(byte[] xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new AssertionError("not well-formed XML: " + e.getMessage(), e);
        }
    }

    static List<Element> children(Element parent, String name) {
        List<Element> children = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && ATOM.equals(element.getNamespaceURI()) && name.equals(element.getLocalName())) {
                children.add(element);
            }
        }
        return children;
    }

    static Element child(Element parent, String name) {
        List<Element> children = children(parent, name);
        assertThat(children).as("<%s> in <%s>", name, parent.getLocalName()).hasSize(1);
        return children.get(0);
    }

    static String link(Element parent, String rel) {
        return children(parent, "link").stream().filter(link -> rel.equals(link.getAttribute("rel"))).findFirst()
                .orElseThrow(() -> new AssertionError("no link rel=" + rel)).getAttribute("href");
    }
}
