package org.beachhead.search;

import jakarta.persistence.EntityManager;
import org.beachhead.common.EntityRef;
import org.beachhead.common.PartialDate;
import org.beachhead.model.Article;
import org.beachhead.model.ExcerptPurpose;
import org.beachhead.source.Highlight;
import org.beachhead.model.TextSpan;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/** Reads the corpus as search {@link Document}s, with a fixed number of queries, and tells which corpus is loaded. */
@Repository
class SearchCorpus {

    private final EntityManager entityManager;

    SearchCorpus(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The content hash the importer recorded: one cheap query, so a changed corpus is noticed. */
    @Transactional(readOnly = true)
    public List<String> version() {
        return entityManager.createQuery("select v.contentHash from CorpusVersion v", String.class).getResultList();
    }

    /** Every searchable document, grouped by kind in {@link ResultKind} order, each kind in reading order. */
    @Transactional(readOnly = true)
    public List<Document> documents() {
        return Stream.of(events(), partners(), titles(), regulators(), people(), articles())
                .flatMap(List::stream).toList();
    }

    private List<Document> events() {
        Map<Long, List<Document.Passage>> excerpts = new HashMap<>();
        entityManager.createQuery("""
                        select x.event.id, a.slug, x.exact, x.span.start, x.span.end
                        from Excerpt x join x.article a where x.purpose = :purpose order by x.seq""", Object[].class)
                .setParameter("purpose", ExcerptPurpose.EVIDENCE).getResultList()
                .forEach(row -> excerpts.computeIfAbsent((Long) row[0], id -> new ArrayList<>()).add(new Document.Passage((String) row[2],
                        Highlight.sourcePath((String) row[1], new TextSpan((Integer) row[3], (Integer) row[4])))));
        return entityManager.createQuery("select e.id, e.slug, e.headline, e.date from Event e", Object[].class)
                .getResultList().stream()
                .sorted(Comparator.comparing((Object[] row) -> (PartialDate) row[3]).thenComparing(row -> (String) row[1]))
                .map(row -> new Document(ResultKind.EVENTS, "/events/" + row[1], null,
                        List.of((String) row[2]), excerpts.getOrDefault((Long) row[0], List.of()),
                        (PartialDate) row[3], List.of()))
                .toList();
    }

    private List<Document> partners() {
        Map<Long, List<String>> aliases = new HashMap<>();
        entityManager.createQuery("select p.id, a from Partner p join p.aliases a order by a", Object[].class)
                .getResultList()
                .forEach(row -> aliases.computeIfAbsent((Long) row[0], id -> new ArrayList<>()).add((String) row[1]));
        return entityManager.createQuery("select p.id, p.slug, p.name, p.chineseName from Partner p order by lower(p.name)",
                        Object[].class).getResultList().stream()
                .map(row -> {
                    List<String> names = new ArrayList<>(nonNull(row[2], row[3]));
                    names.addAll(aliases.getOrDefault((Long) row[0], List.of()));
                    return entity(ResultKind.PARTNERS, "/partners/" + row[1], names);
                })
                .toList();
    }

    private List<Document> titles() {
        return entityManager.createQuery("select t.slug, t.name, t.chineseName from Title t order by lower(t.name)",
                        Object[].class).getResultList().stream()
                .map(row -> entity(ResultKind.TITLES, "/titles/" + row[0], nonNull(row[1], row[2])))
                .toList();
    }

    /** A regulator is called by its short name where it has one (SAPPRFT), as on the event cards. */
    private List<Document> regulators() {
        return entityManager.createQuery("""
                        select r.slug, r.shortName, r.name, r.chineseName from Regulator r
                        order by lower(coalesce(r.shortName, r.name))""", Object[].class).getResultList().stream()
                .map(row -> entity(ResultKind.REGULATORS, "/regulators/" + row[0], nonNull(row[1], row[2], row[3])))
                .toList();
    }

    private List<Document> people() {
        record Appearance(EntityRef event, PartialDate date) {
        }
        Map<Long, List<Appearance>> appearances = new HashMap<>();
        entityManager.createQuery("select m.id, e.slug, e.headline, e.date from Event e join e.people m", Object[].class)
                .getResultList()
                .forEach(row -> appearances.computeIfAbsent((Long) row[0], id -> new ArrayList<>())
                        .add(new Appearance(new EntityRef((String) row[1], (String) row[2]), (PartialDate) row[3])));
        return entityManager.createQuery("select m.id, m.name from Person m order by lower(m.name)", Object[].class)
                .getResultList().stream()
                .map(row -> new Document(ResultKind.PEOPLE, null, null, List.of((String) row[1]),
                        List.of(), null, appearances.getOrDefault((Long) row[0], List.of()).stream()
                        .sorted(Comparator.comparing(Appearance::date)).map(Appearance::event).toList()))
                .toList();
    }

    /** Only an article's body segments are searched: the rest of a capture is page chrome. */
    private List<Document> articles() {
        return entityManager.createQuery("select a from Article a left join fetch a.bodySegments", Article.class)
                .getResultList().stream()
                .sorted(Comparator.comparing(Article::getPublished).thenComparing(Article::getSlug))
                .map(article -> {
                    String href = "/sources/" + article.getSlug();
                    List<Document.Passage> body = article.getBodySegments().stream()
                            .map(segment -> new Document.Passage(text(article, segment), href))
                            .toList();
                    return new Document(ResultKind.SOURCES, href, article.getHeadline(), List.of(), body,
                            article.getPublished(), List.of());
                })
                .toList();
    }

    private static Document entity(ResultKind kind, String href, List<String> names) {
        return new Document(kind, href, null, names, List.of(), null, List.of());
    }

    private static String text(Article article, TextSpan segment) {
        return article.getText().substring(segment.start(), segment.end());
    }

    private static List<String> nonNull(Object... names) {
        return Stream.of(names).filter(Objects::nonNull).map(String.class::cast).toList();
    }
}
