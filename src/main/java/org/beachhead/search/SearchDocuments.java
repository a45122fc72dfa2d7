package org.beachhead.search;

import org.beachhead.common.EntityRef;
import org.beachhead.model.ExcerptPurpose;
import org.beachhead.model.TextSpan;
import org.beachhead.search.CorpusRows.AliasRow;
import org.beachhead.search.CorpusRows.ArticleRow;
import org.beachhead.search.CorpusRows.EntityRow;
import org.beachhead.search.CorpusRows.EventRow;
import org.beachhead.search.CorpusRows.ExcerptRow;
import org.beachhead.search.CorpusRows.InvolvedRow;
import org.beachhead.search.CorpusRows.SegmentRow;
import org.beachhead.source.Highlight;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Turns the rows of {@link SearchCorpus} into search {@link Document}s, every kind in its reading order. */
@Component
class SearchDocuments {

    private static final int ARTICLES_PER_BATCH = 100;

    private final SearchCorpus corpus;

    SearchDocuments(SearchCorpus corpus) {
        this.corpus = corpus;
    }

    @Transactional(readOnly = true)
    List<String> version() {
        return corpus.version();
    }

    /**
     * Gives every searchable document to {@code sink}, grouped by kind, each kind in reading order. Articles come
     * first, a batch at a time (so that their texts need not all be in memory), so that their long bodies are being
     * indexed while the rest is read; the other kinds follow in {@link ResultKind} order.
     */
    @Transactional(readOnly = true)
    void documents(Consumer<Document> sink) {
        List<ArticleRow> articles = corpus.articles();
        articles(articles, sink);
        Map<Long, ArticleRow> articlesById = articles.stream().collect(Collectors.toMap(ArticleRow::id, Function.identity()));
        Map<String, List<String>> partnerAliases = aliasesBySlug(corpus.partners(), corpus.partnerAliases());
        Map<String, List<String>> titleAliases = aliasesBySlug(corpus.titles(), corpus.titleAliases());
        Map<String, List<String>> personAliases = aliasesBySlug(corpus.people(), corpus.personAliases());
        List<EventRow> events = corpus.events().stream()
                .sorted(Comparator.comparing(EventRow::date).thenComparing(EventRow::slug)).toList();
        List<InvolvedRow> eventPeople = corpus.eventPeople(); // read once: events name them, people list their events
        Stream.of(events(events, eventPeople, articlesById, partnerAliases, titleAliases, personAliases),
                        partners(partnerAliases),
                        deals(), titles(titleAliases), regulators(), rules(), people(events, eventPeople, personAliases))
                .flatMap(List::stream).forEach(sink);
    }

    private List<Document> events(List<EventRow> events, List<InvolvedRow> eventPeople, Map<Long, ArticleRow> articles,
                                  Map<String, List<String>> partnerAliases, Map<String, List<String>> titleAliases,
                                  Map<String, List<String>> personAliases) {
        Map<Long, List<Document.Passage>> excerpts = new HashMap<>();
        Map<Long, Set<String>> related = new HashMap<>();
        for (ExcerptRow row : corpus.excerpts(ExcerptPurpose.EVIDENCE)) {
            ArticleRow article = articles.get(row.articleId());
            excerpts.computeIfAbsent(row.eventId(), id -> new ArrayList<>()).add(new Document.Passage(row.exact(),
                    Highlight.sourcePath(article.slug(), new TextSpan(row.start(), row.end()))));
            if (article.publisher() != null) {
                related.computeIfAbsent(row.eventId(), id -> new LinkedHashSet<>()).add(article.publisher());
            }
        }
        Map<Long, List<String>> partners = new HashMap<>();
        for (InvolvedRow row : corpus.eventPartners()) {
            partners.computeIfAbsent(row.ownerId(), id -> new ArrayList<>()).add(row.slug());
            addNames(related, row, partnerAliases);
        }
        corpus.eventTitles().forEach(row -> addNames(related, row, titleAliases));
        corpus.eventRegulators().forEach(row -> addNames(related, row, Map.of()));
        Map<Long, Set<String>> relatedZh = new HashMap<>();
        corpus.eventRules().forEach(row -> addNamesApart(related, relatedZh, row, Map.of()));
        eventPeople.forEach(row -> addNamesApart(related, relatedZh, row, personAliases));
        corpus.eventDeals().forEach(row -> addNamesApart(related, relatedZh, row, Map.of()));
        return events.stream()
                .map(event -> new Document(ResultKind.EVENTS, "/events/" + event.slug(), null, event.headline().zh(),
                        List.of(event.headline().en()), excerpts.getOrDefault(event.id(), List.of()),
                        List.copyOf(related.getOrDefault(event.id(), Set.of())),
                        List.copyOf(relatedZh.getOrDefault(event.id(), Set.of())),
                        partners.getOrDefault(event.id(), List.of()).stream().sorted().toList(), event.date(), List.of()))
                .toList();
    }

    private List<Document> partners(Map<String, List<String>> aliases) {
        return corpus.partners().stream().sorted(byName(EntityRow::name, EntityRow::slug))
                .map(row -> new Document(ResultKind.PARTNERS, "/partners/" + row.slug(), null, row.otherName(),
                        names(row.name(), row.otherName(), aliases.getOrDefault(row.slug(), List.of())),
                        List.of(), List.of(), List.of(), List.of(row.slug()), null, List.of()))
                .toList();
    }

    private List<Document> deals() {
        Map<Long, Set<String>> related = new HashMap<>();
        Map<Long, List<String>> partners = new HashMap<>();
        for (InvolvedRow row : corpus.dealPartners()) {
            partners.computeIfAbsent(row.ownerId(), id -> new ArrayList<>()).add(row.slug());
            addNames(related, row, Map.of());
        }
        corpus.dealTitles().forEach(row -> addNames(related, row, Map.of()));
        return corpus.deals().stream().sorted(byName(EntityRow::name, EntityRow::slug))
                .map(row -> new Document(ResultKind.DEALS, "/deals/" + row.slug(), null, row.otherName(),
                        List.of(row.name()), List.of(), List.copyOf(related.getOrDefault(row.id(), Set.of())), List.of(),
                        partners.getOrDefault(row.id(), List.of()).stream().sorted().toList(), null, List.of()))
                .toList();
    }

    private List<Document> titles(Map<String, List<String>> aliases) {
        return corpus.titles().stream().sorted(byName(EntityRow::name, EntityRow::slug))
                .map(row -> entity(ResultKind.TITLES, "/titles/" + row.slug(), row.otherName(),
                        names(row.name(), row.otherName(), aliases.getOrDefault(row.slug(), List.of())), List.of(),
                        List.of()))
                .toList();
    }

    /** A regulator is called by its short name where it has one (SAPPRFT), as on the event cards. */
    private List<Document> regulators() {
        return corpus.regulators().stream()
                .sorted(byName(row -> Objects.requireNonNullElse(row.shortName(), row.name()), CorpusRows.RegulatorRow::slug))
                .map(row -> entity(ResultKind.REGULATORS, "/regulators/" + row.slug(), row.chineseName(),
                        names(row.shortName(), row.name(), List.of(Objects.requireNonNullElse(row.chineseName(), ""))),
                        List.of(), List.of()))
                .toList();
    }

    /** Rules have no page of their own: they are listed, each with its anchor, on the regulators' page. */
    private List<Document> rules() {
        return corpus.rules().stream().sorted(byName(CorpusRows.RuleRow::name, CorpusRows.RuleRow::slug))
                .map(row -> entity(ResultKind.RULES, "/regulators#rule-" + row.slug(), row.chineseName(),
                        List.of(row.name()), names(row.regulatorName(), null, List.of()),
                        names(row.regulatorChineseName(), null, List.of())))
                .toList();
    }

    private List<Document> people(List<EventRow> events, List<InvolvedRow> eventPeople, Map<String, List<String>> aliases) {
        Map<Long, EventRow> byId = events.stream().collect(Collectors.toMap(EventRow::id, Function.identity()));
        Map<String, List<EventRow>> appearances = new HashMap<>();
        eventPeople.forEach(row -> appearances.computeIfAbsent(row.slug(), slug -> new ArrayList<>())
                .add(byId.get(row.ownerId())));
        return corpus.people().stream().sorted(byName(EntityRow::name, EntityRow::slug))
                .map(row -> new Document(ResultKind.PEOPLE, "/people/" + row.slug(), null, row.otherName(),
                        names(row.name(), null, aliases.getOrDefault(row.slug(), List.of())), List.of(), List.of(),
                        List.of(), List.of(), null, appearances.getOrDefault(row.slug(), List.of()).stream()
                        .sorted(Comparator.comparing(EventRow::date).thenComparing(EventRow::slug))
                        .map(event -> new EntityRef(event.slug(), event.headline().en(), event.headline().zh())).toList()))
                .toList();
    }

    /** Only an article's body segments are searched: the rest of a capture is page chrome. */
    private void articles(List<ArticleRow> rows, Consumer<Document> sink) {
        Map<Long, List<SegmentRow>> segments = corpus.bodySegments().stream()
                .sorted(Comparator.comparingInt(SegmentRow::position))
                .collect(Collectors.groupingBy(SegmentRow::articleId));
        List<ArticleRow> articles = rows.stream()
                .sorted(Comparator.comparing(ArticleRow::published).thenComparing(ArticleRow::slug)).toList();
        for (int from = 0; from < articles.size(); from += ARTICLES_PER_BATCH) {
            List<ArticleRow> batch = articles.subList(from, Math.min(articles.size(), from + ARTICLES_PER_BATCH));
            Map<Long, String> texts = corpus.articleTexts(batch.stream().map(ArticleRow::id).toList()).stream()
                    .collect(Collectors.toMap(CorpusRows.ArticleText::id, CorpusRows.ArticleText::text));
            for (ArticleRow article : batch) {
                String href = "/sources/" + article.slug();
                String text = texts.get(article.id());
                List<Document.Passage> body = segments.getOrDefault(article.id(), List.of()).stream()
                        .map(segment -> new Document.Passage(text.substring(segment.start(), segment.end()), href))
                        .toList();
                sink.accept(new Document(ResultKind.SOURCES, href, article.headline().en(), article.headline().zh(),
                        List.of(), body, List.of(), List.of(),
                        List.of(), article.published(), List.of()));
            }
        }
    }

    private static Document entity(ResultKind kind, String href, String labelZh, List<String> names,
                                   List<String> related, List<String> relatedZh) {
        return new Document(kind, href, null, labelZh, names, List.of(), related, relatedZh, List.of(), null, List.of());
    }

    private static void addNames(Map<Long, Set<String>> related, InvolvedRow row, Map<String, List<String>> aliases) {
        related.computeIfAbsent(row.ownerId(), id -> new LinkedHashSet<>())
                .addAll(names(row.name(), row.otherName(), aliases.getOrDefault(row.slug(), List.of())));
    }

    /**
     * The English names and aliases with the rest (marked), the Chinese name apart (found, not marked): for rules, people
     * and deals, whose Chinese names came later, so English rankings stay as they were.
     */
    private static void addNamesApart(Map<Long, Set<String>> related, Map<Long, Set<String>> relatedZh, InvolvedRow row,
                                      Map<String, List<String>> aliases) {
        addNames(related, new InvolvedRow(row.ownerId(), row.slug(), row.name(), null), aliases);
        if (row.otherName() != null && !row.otherName().isBlank()) {
            relatedZh.computeIfAbsent(row.ownerId(), id -> new LinkedHashSet<>()).add(row.otherName());
        }
    }

    /** The first name, a second (Chinese or full) one, then the aliases; blanks and repeats left out. */
    private static List<String> names(String first, String second, List<String> aliases) {
        Set<String> names = new LinkedHashSet<>();
        Stream.concat(Stream.of(first, second), aliases.stream())
                .filter(name -> name != null && !name.isBlank()).forEach(names::add);
        return List.copyOf(names);
    }

    private static Map<String, List<String>> aliasesBySlug(List<EntityRow> entities, List<AliasRow> aliases) {
        Map<Long, String> slugs = entities.stream().collect(Collectors.toMap(EntityRow::id, EntityRow::slug));
        return aliases.stream().sorted(Comparator.comparing(AliasRow::alias)).collect(Collectors.groupingBy(
                row -> slugs.get(row.ownerId()), Collectors.mapping(AliasRow::alias, Collectors.toList())));
    }

    private static <T> Comparator<T> byName(Function<T, String> name, Function<T, String> slug) {
        return Comparator.comparing((T row) -> name.apply(row).toLowerCase(java.util.Locale.ROOT)).thenComparing(slug);
    }
}
