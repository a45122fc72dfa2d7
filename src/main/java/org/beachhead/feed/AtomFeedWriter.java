package org.beachhead.feed;

import org.beachhead.common.DatePrecision;
import org.beachhead.common.PartialDate;
import org.beachhead.source.ExcerptView;
import org.beachhead.timeline.ClaimLinkRef;
import org.beachhead.timeline.EventCard;
import org.beachhead.timeline.EventClaim;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes an {@link AtomFeed} as Atom 1.0 (RFC 4287) through StAX, which escapes every text and
 * attribute; the excerpts go out as XHTML content, elements rather than markup in a string.
 */
public final class AtomFeedWriter {

    static final String ATOM = "http://www.w3.org/2005/Atom";
    static final String XHTML = "http://www.w3.org/1999/xhtml";

    private AtomFeedWriter() {
    }

    public static byte[] write(AtomFeed feed) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(bytes, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("", "feed", ATOM);
            xml.writeDefaultNamespace(ATOM);
            xml.writeAttribute("xml:lang", "en");
            element(xml, "id", feed.id());
            element(xml, "title", feed.title());
            element(xml, "updated", timestamp(feed.updated()));
            link(xml, "self", "application/atom+xml", feed.siteUrl() + feed.selfPath());
            link(xml, "alternate", "text/html", feed.siteUrl() + feed.pagePath());
            author(xml, feed.siteUrl());
            for (EventCard event : feed.events()) {
                entry(xml, event, feed.claimLinks().getOrDefault(event.slug(), List.of()), feed.siteUrl());
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("could not write the feed " + feed.id(), e);
        }
        return bytes.toByteArray();
    }

    /**
     * An event's date as the RFC 3339 timestamp Atom requires: midnight UTC on the first day of
     * the period the sources allow (the 1st of a month known only to the month, 1 January of a
     * year known only to the year), so partial dates still sort where the timeline puts them.
     */
    public static String timestamp(PartialDate date) {
        LocalDate first = LocalDate.of(date.year(), date.month() == null ? 1 : date.month(), date.day() == null ? 1 : date.day());
        return timestamp(first.atStartOfDay().toInstant(ZoneOffset.UTC));
    }

    private static String timestamp(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }

    private static void entry(XMLStreamWriter xml, EventCard event, List<ClaimLinkRef> claimLinks, String siteUrl)
            throws XMLStreamException {
        String permalink = siteUrl + "/events/" + event.slug();
        xml.writeStartElement("", "entry", ATOM);
        element(xml, "id", AtomFeed.TAG_PREFIX + "events/" + event.slug());
        element(xml, "title", event.headline().en());
        element(xml, "published", timestamp(event.date()));
        element(xml, "updated", timestamp(event.date()));
        link(xml, "alternate", "text/html", permalink);
        for (ClaimLinkRef claim : claimLinks) {
            link(xml, "related", "text/html", siteUrl + "/events/" + claim.otherSlug());
        }
        author(xml, siteUrl);
        xml.writeEmptyElement("", "category", ATOM);
        xml.writeAttribute("term", event.kind().code());
        category(xml, event.claim().attribution().code(), siteUrl + "/attribution");
        category(xml, event.claim().certainty().code(), siteUrl + "/certainty");

        xml.writeStartElement("", "content", ATOM);
        xml.writeAttribute("type", "xhtml");
        xml.writeStartElement("", "div", XHTML);
        xml.writeDefaultNamespace(XHTML);
        xhtml(xml, "p", (event.datedByReport() ? "Reported, not dated otherwise. " : "") + dateLine(event.date()));
        xhtml(xml, "p", claimLine(event));
        for (ClaimLinkRef claim : claimLinks) {
            xhtml(xml, "p", relationLine(claim));
        }
        for (ExcerptView excerpt : event.excerpts()) {
            String source = siteUrl + excerpt.sourcePath();
            xml.writeStartElement("", "blockquote", XHTML);
            xml.writeAttribute("cite", source);
            xhtml(xml, "p", excerpt.exact());
            xml.writeEndElement();
            xml.writeStartElement("", "p", XHTML);
            xml.writeCharacters("— ");
            xml.writeStartElement("", "a", XHTML);
            xml.writeAttribute("href", source);
            xml.writeCharacters(text(excerpt.articleHeadline().en()));
            xml.writeEndElement();
            xml.writeCharacters(text(", " + excerpt.publisherOrUnstated() + ", " + excerpt.published().display()));
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndElement();
    }

    /** Whose claim it is, how sure, when first reported and the organisations in roles other than party. */
    static String claimLine(EventCard event) {
        EventClaim claim = event.claim();
        StringBuilder line = new StringBuilder("Claim: ").append(switch (claim.attribution()) {
            case REPORTING -> "the publication's own reporting";
            case QUOTED -> claim.speaker().name() + ", quoted";
            case RELAYED -> "a relayed report (\u201C" + claim.relayedFrom() + "\u201D)";
            case OPINION -> "the author's opinion or analysis";
        }).append("; certainty: ").append(claim.certainty().code().replace('-', ' '));
        if (claim.reported() != null) {
            line.append("; first reported ").append(claim.reported().display());
        }
        if (!event.others().isEmpty()) {
            line.append("; also involved: ").append(event.others().stream()
                    .map(other -> other.partner().name() + " (" + other.role().code() + ")")
                    .collect(Collectors.joining(", ")));
        }
        return line.append('.').toString();
    }

    private static String relationLine(ClaimLinkRef claim) {
        String relation = claim.relation().code().replace('-', ' ');
        return (claim.outgoing() ? "This claim " + relation + ": " : "This claim is the subject of \u201C" + relation
                + "\u201D from: ") + claim.otherHeadline().en() + ".";
    }

    private static void category(XMLStreamWriter xml, String term, String scheme) throws XMLStreamException {
        xml.writeEmptyElement("", "category", ATOM);
        xml.writeAttribute("term", term);
        xml.writeAttribute("scheme", scheme);
    }

    /** The honest date, as the timeline shows it, and how the entry's timestamp stands for it. */
    static String dateLine(PartialDate date) {
        StringBuilder line = new StringBuilder("Date: ").append(date.display());
        if (date.precision() != DatePrecision.DAY) {
            line.append(" (the sources give the ").append(date.precision() == DatePrecision.MONTH ? "month" : "year")
                    .append(" only; this entry's timestamp is its first day)");
        }
        if (date.approximate()) {
            line.append("; \"c.\" marks an approximate date");
        }
        return line.append('.').toString();
    }

    private static void author(XMLStreamWriter xml, String siteUrl) throws XMLStreamException {
        xml.writeStartElement("", "author", ATOM);
        element(xml, "name", "Beachhead");
        element(xml, "uri", siteUrl + "/");
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String rel, String type, String href) throws XMLStreamException {
        xml.writeEmptyElement("", "link", ATOM);
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("type", type);
        xml.writeAttribute("href", href);
    }

    private static void element(XMLStreamWriter xml, String name, String content) throws XMLStreamException {
        xml.writeStartElement("", name, ATOM);
        xml.writeCharacters(text(content));
        xml.writeEndElement();
    }

    private static void xhtml(XMLStreamWriter xml, String name, String content) throws XMLStreamException {
        xml.writeStartElement("", name, XHTML);
        xml.writeCharacters(text(content));
        xml.writeEndElement();
    }

    /** StAX escapes markup but passes through characters XML 1.0 forbids (most C0 controls); they become U+FFFD. */
    static String text(String value) {
        StringBuilder clean = new StringBuilder(value.length());
        value.codePoints().forEach(c -> clean.appendCodePoint(
                c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) || c >= 0x10000
                        ? c : 0xFFFD));
        return clean.toString();
    }
}
