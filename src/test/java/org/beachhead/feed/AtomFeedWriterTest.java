package org.beachhead.feed;

import org.beachhead.common.Text;
import org.beachhead.common.DateBasis;
import org.beachhead.common.EntityRef;
import org.beachhead.common.PartialDate;
import org.beachhead.source.ExcerptView;
import org.beachhead.model.Attribution;
import org.beachhead.model.Certainty;
import org.beachhead.model.ClaimRelation;
import org.beachhead.timeline.ClaimLinkRef;
import org.beachhead.timeline.EventCard;
import org.beachhead.timeline.EventClaim;
import org.beachhead.model.EventKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class AtomFeedWriterTest {

    private static final String MARKUP = "Tom & Jerry <b>\"bold\"</b> > 'quoted' ]]> \u0007";

    @Test
    void markupInHeadlinesExcerptsAndSourcesIsEscapedIntoWellFormedXml() throws Exception {
        byte[] xml = AtomFeedWriter.write(feed(event(MARKUP, PartialDate.parse("2015-03"), MARKUP)));

        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));

        String expected = "Tom & Jerry <b>\"bold\"</b> > 'quoted' ]]> \uFFFD";
        Element entry = (Element) document.getElementsByTagNameNS(AtomFeedWriter.ATOM, "entry").item(0);
        assertThat(entry.getElementsByTagNameNS(AtomFeedWriter.ATOM, "title").item(0).getTextContent()).isEqualTo(expected);
        assertThat(entry.getElementsByTagNameNS(AtomFeedWriter.XHTML, "blockquote").item(0).getTextContent()).isEqualTo(expected);
        assertThat(entry.getElementsByTagNameNS(AtomFeedWriter.XHTML, "a").item(0).getTextContent()).isEqualTo(expected);
        assertThat(entry.getElementsByTagNameNS(AtomFeedWriter.XHTML, "b").getLength()).as("no markup smuggled in").isZero();
        assertThat(new String(xml, StandardCharsets.UTF_8)).contains("Tom &amp; Jerry &lt;b&gt;");
    }

    @ParameterizedTest
    @CsvSource({
            "2017-08-11, 2017-08-11T00:00:00Z",
            "c. 2015-03, 2015-03-01T00:00:00Z",
            "2016, 2016-01-01T00:00:00Z",
            "c. 2023, 2023-01-01T00:00:00Z"})
    void aPartialDateBecomesTheFirstMomentOfItsPeriod(String date, String timestamp) {
        assertThat(AtomFeedWriter.timestamp(PartialDate.parse(date))).isEqualTo(timestamp);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "2017-08-11 | Date: 11 Aug 2017.",
            "c. 2015-03 | Date: c. Mar 2015 (the sources give the month only; this entry's timestamp is its first day); \"c.\" marks an approximate date.",
            "2016 | Date: 2016 (the sources give the year only; this entry's timestamp is its first day)."})
    void theContentSaysTheHonestDateAndHowTheTimestampStandsForIt(String date, String line) {
        assertThat(AtomFeedWriter.dateLine(PartialDate.parse(date))).isEqualTo(line);
    }

    @Test
    void anEntrySaysWhoseClaimItIsHowSureAndLinksTheClaimsSetBesideIt() throws Exception {
        EventCard event = event("Netflix and LeTV execs met", PartialDate.parse("c. 2015-03"), "Deadline understands");
        ClaimLinkRef link = new ClaimLinkRef(event.id(), ClaimRelation.CONTRADICTS, "talks-in-infancy",
                new Text("Talks are in their infancy", null), true);
        byte[] xml = AtomFeedWriter.write(new AtomFeed(AtomFeed.TAG_PREFIX + "feed", "Test",
                Instant.parse("2026-01-02T03:04:05.678Z"), "http://example.org", "/feed.atom", "/timeline",
                List.of(event), Map.of(event.slug(), List.of(link))));

        String text = new String(xml, StandardCharsets.UTF_8);
        assertThat(text).contains("Claim: a relayed report (\u201CDeadline\u201D); certainty: unnamed sources; "
                        + "first reported c. Mar 2015.")
                .contains("<category term=\"relayed\" scheme=\"http://example.org/attribution\"")
                .contains("<category term=\"unnamed-sources\" scheme=\"http://example.org/certainty\"")
                .contains("<link rel=\"related\" type=\"text/html\" href=\"http://example.org/events/talks-in-infancy\"")
                .contains("This claim contradicts: Talks are in their infancy.")
                .contains("Reported, not dated otherwise. Date: c. Mar 2015");
    }

    private static AtomFeed feed(EventCard... events) {
        return new AtomFeed(AtomFeed.TAG_PREFIX + "feed", "Test", Instant.parse("2026-01-02T03:04:05.678Z"),
                "http://example.org", "/feed.atom", "/timeline", List.of(events), Map.of());
    }

    private static EventCard event(String headline, PartialDate date, String quote) {
        ExcerptView excerpt = new ExcerptView("an-article", new Text(quote, null), false, quote, date, quote, "", "", 0, quote.length(), "", "");
        return new EventCard(1, "an-event", EventKind.TALKS, new Text(headline, null), date, DateBasis.PUBLISHED,
                new Text("", null),
                new EventClaim(Attribution.RELAYED, null, "Deadline", Certainty.UNNAMED_SOURCES, date),
                new EntityRef("a-deal", "A deal"), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(excerpt));
    }
}
