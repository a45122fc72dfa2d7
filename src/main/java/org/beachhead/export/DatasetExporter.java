package org.beachhead.export;

import jakarta.persistence.EntityManager;
import org.beachhead.common.Text;
import org.beachhead.corpus.Curation.ArticleEntry;
import org.beachhead.corpus.Curation.BodyEntry;
import org.beachhead.corpus.Curation.ClaimEntry;
import org.beachhead.corpus.Curation.DealEntry;
import org.beachhead.corpus.Curation.EventEntry;
import org.beachhead.corpus.Curation.LinkEntry;
import org.beachhead.corpus.Curation.PartnerEntry;
import org.beachhead.corpus.Curation.PersonEntry;
import org.beachhead.corpus.Curation.QuestionEntry;
import org.beachhead.corpus.Curation.QuoteEntry;
import org.beachhead.corpus.Curation.RegulatorEntry;
import org.beachhead.corpus.Curation.RoleEntry;
import org.beachhead.corpus.Curation.RuleEntry;
import org.beachhead.corpus.Curation.SideEntry;
import org.beachhead.corpus.Curation.TitleEntry;
import org.beachhead.corpus.CurationJson;
import org.beachhead.export.DatasetQueries.AboutRow;
import org.beachhead.export.DatasetQueries.ExcerptRow;
import org.beachhead.export.DatasetQueries.LinkRow;
import org.beachhead.export.DatasetQueries.Linked;
import org.beachhead.export.DatasetQueries.Owned;
import org.beachhead.export.DatasetQueries.QuestionRow;
import org.beachhead.export.DatasetQueries.RoleRow;
import org.beachhead.export.DatasetQueries.SideEventRow;
import org.beachhead.export.DatasetQueries.SideRow;
import org.beachhead.model.ExcerptPurpose;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Writes the loaded corpus out of the database as a {@link Dataset} document, streamed: articles
 * and events (the bulk of it) are read a range at a time, each with its links and excerpts, and
 * written before the next is read, so memory does not grow with the corpus. Every list is in load
 * order (by id), which is the curation file's order, so a reloaded dataset numbers its rows the
 * same way and pages that break ties by id do not change.
 */
@Component
class DatasetExporter {

    /** Articles (each with its whole text) read at a time. */
    private static final int ARTICLES_PER_READ = 100;
    /** Events read at a time, each range with 7 queries (events, 5 kinds of links, excerpts). */
    private static final int EVENTS_PER_READ = 1000;

    private final DatasetQueries queries;
    private final EntityManager entityManager;
    private final JsonMapper json;
    /** Elements are written into one document, which is flushed once, at its end. */
    private final ObjectWriter elements;

    DatasetExporter(DatasetQueries queries, EntityManager entityManager, JsonMapper json) {
        this.queries = queries;
        this.entityManager = entityManager;
        this.json = CurationJson.mapper(json);
        this.elements = this.json.writer().without(SerializationFeature.FLUSH_AFTER_WRITE_VALUE);
    }

    /**
     * Writes the document, the same as Jackson writes a {@link Dataset} holding it all, and closes
     * {@code out}; {@code contentHash} is that of the corpus the transaction reads.
     */
    @Transactional(readOnly = true)
    public void write(OutputStream out, String contentHash) {
        try (JsonGenerator document = json.createGenerator(out)) {
            document.writeStartObject();
            document.writeNumberProperty("format", Dataset.FORMAT);
            document.writeStringProperty("contentHash", contentHash);
            array(document, "articles", this::articles);
            Map<String, List<QuoteEntry>> aboutPartners = new HashMap<>();
            Map<String, List<QuoteEntry>> aboutRegulators = new HashMap<>();
            for (AboutRow about : queries.aboutQuotes()) {
                (about.partner() != null ? aboutPartners : aboutRegulators)
                        .computeIfAbsent(about.partner() != null ? about.partner() : about.regulator(), slug -> new ArrayList<>())
                        .add(new QuoteEntry(about.article(), about.exact(), about.start(), about.end(), null));
            }
            Map<String, List<String>> partnerAliases = grouped(queries.partnerAliases());
            array(document, "partners", write -> queries.partners().forEach(p -> write.accept(new PartnerEntry(
                    p.getSlug(), p.getName(), p.getChineseName(), listed(partnerAliases, p.getSlug()), p.getKind(),
                    p.getSummary().en(), p.getSummary().zh(), listed(aboutPartners, p.getSlug()), null))));
            Map<String, List<String>> personAliases = grouped(queries.personAliases());
            array(document, "people", write -> queries.people().forEach(m -> write.accept(new PersonEntry(
                    m.getSlug(), m.getName(), m.getChineseName(), m.getRole().en(), m.getRole().zh(),
                    listed(personAliases, m.getSlug()), null))));
            array(document, "regulators", write -> queries.regulators().forEach(g -> write.accept(new RegulatorEntry(
                    g.getSlug(), g.getName(), g.getShortName(), g.getChineseName(), g.getSummary().en(),
                    g.getSummary().zh(), listed(aboutRegulators, g.getSlug()), null))));
            array(document, "rules", write -> queries.rules().forEach(u -> write.accept(
                    new RuleEntry(u.slug(), u.name(), u.chineseName(), u.regulator(), u.summary().en(), u.summary().zh(),
                            null))));
            Map<String, List<String>> titleAliases = grouped(queries.titleAliases());
            array(document, "titles", write -> queries.titles().forEach(t -> write.accept(new TitleEntry(t.slug(),
                    t.name(), t.chineseName(), listed(titleAliases, t.slug()), t.format(), t.origin().en(),
                    t.origin().zh(), Text.englishOf(t.episodes()), Text.chineseOf(t.episodes()), t.summary().en(), t.summary().zh(), null))));
            Map<String, List<String>> dealPartners = grouped(queries.dealPartners());
            Map<String, List<String>> dealTitles = grouped(queries.dealTitles());
            Map<String, List<RoleEntry>> dealRoles = roles(queries.dealRoles());
            array(document, "deals", write -> queries.deals().forEach(d -> write.accept(new DealEntry(d.slug(),
                    d.name(), d.chineseName(), d.type(), d.status(), d.netflixParty(), listed(dealPartners, d.slug()),
                    listed(dealRoles, d.slug()), listed(dealTitles, d.slug()), d.summary().en(), d.summary().zh(),
                    null))));
            array(document, "events", this::events);
            array(document, "questions", this::questions);
            document.writeEndObject();
        }
    }

    /** A named array whose elements {@code elements} hands over one at a time, each written at once. */
    private void array(JsonGenerator document, String name, Consumer<Consumer<Object>> elements) {
        document.writeName(name);
        document.writeStartArray();
        elements.accept(element -> this.elements.writeValue(document, element));
        document.writeEndArray();
    }

    private void articles(Consumer<Object> write) {
        inRanges(queries.articleIds(), ARTICLES_PER_READ, (first, last) -> {
            queries.articles(first, last).forEach(a -> write.accept(new ArticleEntry(a.getSlug(), a.getFileName(),
                    a.getSha256(), a.getHeadline().en(), a.getHeadline().zh(), a.isHeadlineSupplied(), a.getPublisher(),
                    a.getPublished(), a.getPublishedBasis(), a.getPublishedNote().en(), a.getPublishedNote().zh(),
                    a.getPublishedQuote(), a.getText(),
                    a.getBodySegments().stream().map(span -> new BodyEntry(null, null, span.start(), span.end(), null)).toList(),
                    null)));
            // Written out: let go of the texts before reading the next range.
            entityManager.clear();
        });
    }

    private void events(Consumer<Object> write) {
        inRanges(queries.eventIds(), EVENTS_PER_READ, (first, last) -> {
            Map<Long, List<String>> partners = byEvent(queries.eventPartners(first, last));
            Map<Long, List<String>> titles = byEvent(queries.eventTitles(first, last));
            Map<Long, List<String>> regulators = byEvent(queries.eventRegulators(first, last));
            Map<Long, List<String>> rules = byEvent(queries.eventRules(first, last));
            Map<Long, List<String>> people = byEvent(queries.eventPeople(first, last));
            Map<Long, List<RoleEntry>> others = roles(queries.eventRoles(first, last));
            Map<Long, List<LinkEntry>> links = group(queries.eventLinks(first, last), LinkRow::event,
                    link -> new LinkEntry(link.other(), link.relation()));
            Map<Long, List<QuoteEntry>> evidence = new HashMap<>();
            Map<Long, QuoteEntry> dating = new HashMap<>();
            for (ExcerptRow excerpt : queries.eventQuotes(first, last)) {
                QuoteEntry quote = new QuoteEntry(excerpt.article(), excerpt.exact(), excerpt.start(), excerpt.end(), null);
                if (excerpt.purpose() == ExcerptPurpose.DATING) {
                    dating.putIfAbsent(excerpt.event(), quote);
                } else {
                    evidence.computeIfAbsent(excerpt.event(), id -> new ArrayList<>()).add(quote);
                }
            }
            queries.events(first, last).forEach(e -> write.accept(new EventEntry(e.slug(), e.date(), e.datedBy(),
                    // The importer stores a missing note as "", and the curation file has no empty values.
                    e.dateNote().en().isEmpty() ? null : e.dateNote().en(), e.dateNote().zh(), dating.get(e.id()),
                    e.kind(), e.headline().en(), e.headline().zh(), new ClaimEntry(e.attribution(), e.speaker(), e.relayedFrom(), e.certainty()),
                    e.deal(), listed(partners, e.id()), listed(others, e.id()), listed(titles, e.id()),
                    listed(regulators, e.id()), listed(rules, e.id()), listed(people, e.id()), listed(links, e.id()),
                    e.key() ? Boolean.TRUE : null, listed(evidence, e.id()), null)));
        });
    }

    private void questions(Consumer<Object> write) {
        Map<String, List<SideRow>> sides = group(queries.questionSides(), SideRow::question, side -> side);
        Map<String, List<SideEventRow>> events = group(queries.questionEvents(), SideEventRow::question, row -> row);
        for (QuestionRow question : queries.questions()) {
            List<SideEntry> answers = listed(sides, question.slug()).stream().map(side -> new SideEntry(side.answer().en(), side.answer().zh(),
                    listed(events, question.slug()).stream().filter(row -> row.side() == side.side())
                            .map(SideEventRow::event).toList())).toList();
            write.accept(new QuestionEntry(question.slug(), question.text().en(), question.text().zh(), answers,
                    null));
        }
    }

    private static <K> Map<K, List<RoleEntry>> roles(List<RoleRow<K>> rows) {
        return group(rows, RoleRow::owner, row -> new RoleEntry(row.partner(), row.role()));
    }

    /** Hands over ids in ranges of {@code size}, in order: (first id, last id), both inclusive. */
    private static void inRanges(List<Long> ids, int size, BiConsumer<Long, Long> range) {
        for (int from = 0; from < ids.size(); from += size) {
            range.accept(ids.get(from), ids.get(Math.min(ids.size(), from + size) - 1));
        }
    }

    private static Map<String, List<String>> grouped(List<Owned> values) {
        return group(values, Owned::owner, Owned::value);
    }

    private static Map<Long, List<String>> byEvent(List<Linked> links) {
        return group(links, Linked::event, Linked::slug);
    }

    private static <R, K, V> Map<K, List<V>> group(List<R> rows, Function<R, K> key, Function<R, V> value) {
        Map<K, List<V>> grouped = new HashMap<>();
        rows.forEach(row -> grouped.computeIfAbsent(key.apply(row), k -> new ArrayList<>()).add(value.apply(row)));
        return grouped;
    }

    private static <K, T> List<T> listed(Map<K, List<T>> byKey, K key) {
        return byKey.getOrDefault(key, List.of());
    }
}
