package org.beachhead.export;

import jakarta.persistence.EntityManager;
import org.beachhead.common.Coded;
import org.beachhead.common.PartialDate;
import org.beachhead.corpus.CorpusImporter;
import org.beachhead.model.Article;
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
 * and events (the bulk of it) are read a group at a time, each group with its links and excerpts,
 * and written before the next is read, so memory does not grow with the corpus. Every list is in
 * load order (by id), which is the curation file's order, so a reloaded dataset numbers its rows
 * the same way and pages that break ties by id do not change.
 */
@Component
class DatasetExporter {

    /** Articles (each with its whole text) read at a time. */
    private static final int ARTICLES_PER_READ = 100;
    /** Events read at a time, each read with 7 queries (events, 5 kinds of links, excerpts). */
    private static final int EVENTS_PER_READ = 1000;

    private final EntityManager entityManager;
    private final CorpusImporter importer;
    /** Elements are written into one document, which is flushed once, at its end. */
    private final ObjectWriter elements;
    private final JsonMapper json;

    DatasetExporter(EntityManager entityManager, CorpusImporter importer, JsonMapper json) {
        this.entityManager = entityManager;
        this.importer = importer;
        this.json = json;
        this.elements = json.writer().without(SerializationFeature.FLUSH_AFTER_WRITE_VALUE);
    }

    /** Writes the document, the same as Jackson writes a {@link Dataset} holding it all, and closes {@code out}. */
    @Transactional(readOnly = true)
    public void write(OutputStream out) {
        try (JsonGenerator document = json.createGenerator(out)) {
            document.writeStartObject();
            document.writeNumberProperty("format", Dataset.FORMAT);
            document.writeStringProperty("contentHash", importer.loadedContentHash().orElse(null));
            array(document, "articles", this::articles);
            About about = about();
            array(document, "partners", partners(about.partners)::forEach);
            array(document, "people", people()::forEach);
            array(document, "regulators", regulators(about.regulators)::forEach);
            array(document, "rules", rules()::forEach);
            array(document, "titles", titles()::forEach);
            array(document, "deals", deals()::forEach);
            array(document, "events", this::events);
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
        eachRange("Article", ARTICLES_PER_READ, (first, last) -> {
            entityManager.createQuery("""
                            select a from Article a left join fetch a.bodySegments
                            where a.id between :first and :last order by a.id""", Article.class)
                    .setParameter("first", first).setParameter("last", last).getResultList()
                    .forEach(a -> write.accept(new Dataset.Article(a.getSlug(), a.getFileName(), a.getSha256(),
                            a.getHeadline(), a.isHeadlineSupplied(), a.getPublisher(), curationDate(a.getPublished()),
                            a.getPublishedBasis().code(), a.getPublishedNote(), a.getPublishedQuote(), a.getText(),
                            a.getBodySegments())));
            // Written out: let go of the texts before reading the next group.
            entityManager.clear();
        });
    }

    private List<Dataset.Partner> partners(Map<String, List<Dataset.Quote>> about) {
        Map<String, List<String>> aliases = grouped("select p.slug, a from Partner p join p.aliases a order by a");
        return rows("select p.slug, p.name, p.chineseName, p.kind, p.summary from Partner p order by p.id").stream()
                .map(row -> new Dataset.Partner(text(row[0]), text(row[1]), text(row[2]), listed(aliases, row[0]),
                        code(row[3]), text(row[4]), listed(about, row[0])))
                .toList();
    }

    private List<Dataset.Person> people() {
        Map<String, List<String>> aliases = grouped("select m.slug, a from Person m join m.aliases a order by a");
        return rows("select m.slug, m.name, m.role from Person m order by m.id").stream()
                .map(row -> new Dataset.Person(text(row[0]), text(row[1]), text(row[2]), listed(aliases, row[0])))
                .toList();
    }

    private List<Dataset.Regulator> regulators(Map<String, List<Dataset.Quote>> about) {
        return rows("select r.slug, r.name, r.shortName, r.chineseName, r.summary from Regulator r order by r.id").stream()
                .map(row -> new Dataset.Regulator(text(row[0]), text(row[1]), text(row[2]), text(row[3]), text(row[4]),
                        listed(about, row[0])))
                .toList();
    }

    private List<Dataset.Rule> rules() {
        return rows("select u.slug, u.name, r.slug, u.summary from Rule u left join u.regulator r order by u.id").stream()
                .map(row -> new Dataset.Rule(text(row[0]), text(row[1]), text(row[2]), text(row[3])))
                .toList();
    }

    private List<Dataset.Title> titles() {
        Map<String, List<String>> aliases = grouped("select t.slug, a from Title t join t.aliases a order by a");
        return rows("select t.slug, t.name, t.chineseName, t.format, t.origin, t.episodes, t.summary from Title t order by t.id")
                .stream()
                .map(row -> new Dataset.Title(text(row[0]), text(row[1]), text(row[2]), listed(aliases, row[0]),
                        code(row[3]), text(row[4]), text(row[5]), text(row[6])))
                .toList();
    }

    private List<Dataset.Deal> deals() {
        Map<String, List<String>> partners = grouped("select d.slug, p.slug from Deal d join d.partners p order by p.id");
        Map<String, List<String>> titles = grouped("select d.slug, t.slug from Deal d join d.titles t order by t.id");
        return rows("select d.slug, d.name, d.type, d.status, d.netflixParty, d.summary from Deal d order by d.id").stream()
                .map(row -> new Dataset.Deal(text(row[0]), text(row[1]), code(row[2]), code(row[3]), (Boolean) row[4],
                        listed(partners, row[0]), listed(titles, row[0]), text(row[5])))
                .toList();
    }

    private void events(Consumer<Object> write) {
        eachRange("Event", EVENTS_PER_READ, (first, last) -> {
            Map<String, Map<Long, List<String>>> links = new HashMap<>();
            for (String association : List.of("partners", "titles", "regulators", "rules", "people")) {
                links.put(association, byEvent(rows("select e.id, x.slug from Event e join e." + association
                        + " x where e.id between :first and :last order by x.id", first, last), row -> text(row[1])));
            }
            Map<Long, List<Dataset.Quote>> evidence = new HashMap<>();
            Map<Long, List<Dataset.Quote>> dating = new HashMap<>();
            rows("""
                    select x.purpose, e.id, a.slug, x.exact, x.span.start, x.span.end
                    from Excerpt x join x.article a join x.event e
                    where e.id between :first and :last order by x.seq, x.id""", first, last).forEach(row ->
                    (row[0] == ExcerptPurpose.DATING ? dating : evidence).computeIfAbsent((Long) row[1], id -> new ArrayList<>())
                            .add(quote(row, 2)));
            rows("""
                    select e.id, e.slug, e.date, e.datedBy, e.dateNote, e.kind, e.headline, d.slug
                    from Event e left join e.deal d where e.id between :first and :last order by e.id""", first, last)
                    .forEach(row -> {
                        Long id = (Long) row[0];
                        write.accept(new Dataset.Event(text(row[1]), curationDate((PartialDate) row[2]), code(row[3]),
                                // The importer stores a missing note as "", and the curation file has no empty values.
                                row[4] == null || text(row[4]).isEmpty() ? null : text(row[4]),
                                dating.getOrDefault(id, List.of()).stream().findFirst().orElse(null),
                                code(row[5]), text(row[6]), text(row[7]),
                                listed(links.get("partners"), id), listed(links.get("titles"), id),
                                listed(links.get("regulators"), id), listed(links.get("rules"), id),
                                listed(links.get("people"), id), listed(evidence, id)));
                    });
        });
    }

    /** The quotes about partners and about regulators (the events' own are read with each group of events), by slug. */
    private record About(Map<String, List<Dataset.Quote>> partners, Map<String, List<Dataset.Quote>> regulators) {
    }

    private About about() {
        About about = new About(new HashMap<>(), new HashMap<>());
        entityManager.createQuery("""
                        select p.slug, g.slug, a.slug, x.exact, x.span.start, x.span.end
                        from Excerpt x join x.article a left join x.partner p left join x.regulator g
                        where x.purpose = :about order by x.seq, x.id""", Object[].class)
                .setParameter("about", ExcerptPurpose.ABOUT).getResultList()
                .forEach(row -> (row[0] != null ? about.partners : about.regulators)
                        .computeIfAbsent(text(row[0] != null ? row[0] : row[1]), slug -> new ArrayList<>())
                        .add(quote(row, 2)));
        return about;
    }

    /** A quote from the columns article slug, exact text, start and end, from {@code column} on. */
    private static Dataset.Quote quote(Object[] row, int column) {
        return new Dataset.Quote(text(row[column]), text(row[column + 1]), (Integer) row[column + 2], (Integer) row[column + 3]);
    }

    /** Hands over the ids of an entity in ranges of {@code size} rows, in id order: (first id, last id), both inclusive. */
    private void eachRange(String entity, int size, BiConsumer<Long, Long> range) {
        List<Long> ids = entityManager.createQuery("select x.id from " + entity + " x order by x.id", Long.class)
                .getResultList();
        for (int from = 0; from < ids.size(); from += size) {
            range.accept(ids.get(from), ids.get(Math.min(ids.size(), from + size) - 1));
        }
    }

    /** A date as the curation file writes it: {@code 2017-08-12}, {@code c. 2015-05}, {@code 2016}. */
    private static String curationDate(PartialDate date) {
        return (date.approximate() ? "c. " : "") + date.iso();
    }

    private List<Object[]> rows(String jpql) {
        return entityManager.createQuery(jpql, Object[].class).getResultList();
    }

    private List<Object[]> rows(String jpql, long first, long last) {
        return entityManager.createQuery(jpql, Object[].class).setParameter("first", first).setParameter("last", last)
                .getResultList();
    }

    /** Second column by first, from a query selecting (slug, value) pairs. */
    private Map<String, List<String>> grouped(String jpql) {
        Map<String, List<String>> grouped = new HashMap<>();
        rows(jpql).forEach(row -> grouped.computeIfAbsent(text(row[0]), key -> new ArrayList<>()).add(text(row[1])));
        return grouped;
    }

    private static <T> Map<Long, List<T>> byEvent(List<Object[]> rows, Function<Object[], T> value) {
        Map<Long, List<T>> byEvent = new HashMap<>();
        rows.forEach(row -> byEvent.computeIfAbsent((Long) row[0], id -> new ArrayList<>()).add(value.apply(row)));
        return byEvent;
    }

    private static <K, T> List<T> listed(Map<K, List<T>> byKey, Object key) {
        return byKey.getOrDefault(key, List.of());
    }

    private static String text(Object value) {
        return (String) value;
    }

    private static String code(Object value) {
        return ((Coded) value).code();
    }
}
