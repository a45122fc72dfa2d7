package org.beachhead.export;

import jakarta.persistence.EntityManager;
import org.beachhead.common.Coded;
import org.beachhead.common.PartialDate;
import org.beachhead.corpus.CorpusImporter;
import org.beachhead.source.Article;
import org.beachhead.source.ExcerptPurpose;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the loaded corpus back out of the database as a {@link Dataset}. Every list is in load
 * order (by id), which is the curation file's order, so a reloaded dataset numbers its rows the
 * same way and pages that break ties by id do not change.
 */
@Component
class DatasetExporter {

    private final EntityManager entityManager;
    private final CorpusImporter importer;

    DatasetExporter(EntityManager entityManager, CorpusImporter importer) {
        this.entityManager = entityManager;
        this.importer = importer;
    }

    @Transactional(readOnly = true)
    public Dataset export() {
        Excerpts excerpts = excerpts();
        return new Dataset(Dataset.FORMAT, importer.loadedContentHash().orElse(null), articles(),
                partners(excerpts), people(), regulators(excerpts), rules(), titles(), deals(), events(excerpts));
    }

    private List<Dataset.Article> articles() {
        return entityManager.createQuery("select a from Article a order by a.id", Article.class).getResultList().stream()
                .map(a -> new Dataset.Article(a.getSlug(), a.getFileName(), a.getSha256(), a.getHeadline(),
                        a.isHeadlineSupplied(), a.getPublisher(), curationDate(a.getPublished()),
                        a.getPublishedBasis().code(), a.getPublishedNote(), a.getPublishedQuote(), a.getText(),
                        a.getBodySegments()))
                .toList();
    }

    private List<Dataset.Partner> partners(Excerpts excerpts) {
        Map<String, List<String>> aliases = grouped("select p.slug, a from Partner p join p.aliases a order by a");
        return rows("select p.slug, p.name, p.chineseName, p.kind, p.summary from Partner p order by p.id").stream()
                .map(row -> new Dataset.Partner(text(row[0]), text(row[1]), text(row[2]), listed(aliases, row[0]),
                        code(row[3]), text(row[4]), listed(excerpts.aboutPartner, row[0])))
                .toList();
    }

    private List<Dataset.Person> people() {
        Map<String, List<String>> aliases = grouped("select m.slug, a from Person m join m.aliases a order by a");
        return rows("select m.slug, m.name, m.role from Person m order by m.id").stream()
                .map(row -> new Dataset.Person(text(row[0]), text(row[1]), text(row[2]), listed(aliases, row[0])))
                .toList();
    }

    private List<Dataset.Regulator> regulators(Excerpts excerpts) {
        return rows("select r.slug, r.name, r.shortName, r.chineseName, r.summary from Regulator r order by r.id").stream()
                .map(row -> new Dataset.Regulator(text(row[0]), text(row[1]), text(row[2]), text(row[3]), text(row[4]),
                        listed(excerpts.aboutRegulator, row[0])))
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

    private List<Dataset.Event> events(Excerpts excerpts) {
        Map<String, Map<String, List<String>>> links = new HashMap<>();
        for (String association : List.of("partners", "titles", "regulators", "rules", "people")) {
            links.put(association, grouped("select e.slug, x.slug from Event e join e." + association + " x order by x.id"));
        }
        return rows("""
                select e.slug, e.date, e.datedBy, e.dateNote, e.kind, e.headline, d.slug
                from Event e left join e.deal d order by e.id""").stream()
                .map(row -> new Dataset.Event(text(row[0]), curationDate((PartialDate) row[1]), code(row[2]),
                        // The importer stores a missing note as "", and the curation file has no empty values.
                        row[3] == null || text(row[3]).isEmpty() ? null : text(row[3]),
                        excerpts.dating.getOrDefault(text(row[0]), List.of()).stream().findFirst().orElse(null),
                        code(row[4]), text(row[5]), text(row[6]),
                        listed(links.get("partners"), row[0]), listed(links.get("titles"), row[0]),
                        listed(links.get("regulators"), row[0]), listed(links.get("rules"), row[0]),
                        listed(links.get("people"), row[0]), listed(excerpts.evidence, row[0])))
                .toList();
    }

    /** Every excerpt, by what it belongs to, each list in its curated order. */
    private record Excerpts(Map<String, List<Dataset.Quote>> evidence, Map<String, List<Dataset.Quote>> dating,
                            Map<String, List<Dataset.Quote>> aboutPartner, Map<String, List<Dataset.Quote>> aboutRegulator) {
    }

    private Excerpts excerpts() {
        Excerpts excerpts = new Excerpts(new HashMap<>(), new HashMap<>(), new HashMap<>(), new HashMap<>());
        rows("""
                select x.purpose, e.slug, p.slug, g.slug, a.slug, x.exact, x.span.start, x.span.end
                from Excerpt x join x.article a left join x.event e left join x.partner p left join x.regulator g
                order by x.seq, x.id""").forEach(row -> {
            Dataset.Quote quote = new Dataset.Quote(text(row[4]), text(row[5]), (Integer) row[6], (Integer) row[7]);
            Map<String, List<Dataset.Quote>> owner = switch ((ExcerptPurpose) row[0]) {
                case EVIDENCE -> excerpts.evidence;
                case DATING -> excerpts.dating;
                case ABOUT -> row[2] != null ? excerpts.aboutPartner : excerpts.aboutRegulator;
            };
            String slug = text(row[1] != null ? row[1] : row[2] != null ? row[2] : row[3]);
            owner.computeIfAbsent(slug, key -> new ArrayList<>()).add(quote);
        });
        return excerpts;
    }

    /** A date as the curation file writes it: {@code 2017-08-12}, {@code c. 2015-05}, {@code 2016}. */
    private static String curationDate(PartialDate date) {
        return (date.approximate() ? "c. " : "") + date.iso();
    }

    private List<Object[]> rows(String jpql) {
        return entityManager.createQuery(jpql, Object[].class).getResultList();
    }

    /** Second column by first, from a query selecting (slug, value) pairs. */
    private Map<String, List<String>> grouped(String jpql) {
        Map<String, List<String>> grouped = new HashMap<>();
        rows(jpql).forEach(row -> grouped.computeIfAbsent(text(row[0]), key -> new ArrayList<>()).add(text(row[1])));
        return grouped;
    }

    private static <T> List<T> listed(Map<String, List<T>> bySlug, Object slug) {
        return bySlug.getOrDefault(text(slug), List.of());
    }

    private static String text(Object value) {
        return (String) value;
    }

    private static String code(Object value) {
        return ((Coded) value).code();
    }
}
