package org.beachhead.search;

import org.beachhead.common.EntityRef;
import org.beachhead.model.ExcerptPurpose;
import org.beachhead.model.TextSpan;
import org.beachhead.search.CorpusRows.AliasRow;
import org.beachhead.search.CorpusRows.Appearance;
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
import java.util.Collection;
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

    static final String SOURCES = "/sources/";
    static final String EVENTS = "/events/";
    static final String PEOPLE = "/people/";
    private static final int ARTICLES_PER_BATCH = 100;

    private final SearchCorpus corpus;

    SearchDocuments(SearchCorpus corpus) {
        this.corpus = corpus;
    }

    /**
     * The documents of some articles and events read again, with the people appearing in those events: what an
     * incremental apply rewrote.
     *
     * @param hrefs    the links of the articles and events it covers, found or not (a removed one is not)
     * @param indexed  the documents of those found, to index anew
     * @param reshown  the people of those events, before or after: their names (what is searched) are the same, their
     *                 lists of events may not be
     */
    record Part(Set<String> hrefs, List<Document> indexed, List<Document> reshown) {
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
        articles(articles, corpus.bodySegments(), sink);
        Map<String, List<String>> partnerAliases = bySlug(corpus.partnerAliases());
        Map<String, List<String>> titleAliases = bySlug(corpus.titleAliases());
        Map<String, List<String>> personAliases = bySlug(corpus.personAliases());
        List<EventRow> events = corpus.events();
        List<InvolvedRow> eventPeople = corpus.eventPeople(); // read once: events name them, people list their events
        Map<Long, EventRow> eventsById = events.stream().collect(Collectors.toMap(EventRow::id, Function.identity()));
        Stream.of(events(events, corpus.excerpts(ExcerptPurpose.EVIDENCE), articles, corpus.eventPartners(),
                                corpus.eventTitles(), corpus.eventRegulators(), corpus.eventRules(), eventPeople, corpus.eventDeals(),
                                partnerAliases, titleAliases, personAliases),
                        partners(partnerAliases), deals(), titles(titleAliases), regulators(), rules(),
                        people(corpus.people(), personAliases, appearances(eventPeople, eventsById)))
                .flatMap(List::stream).forEach(sink);
    }

    /**
     * The documents of these articles and events as they are now, and of the people appearing in them now or (the
     * {@code people} given) before; also the events that cite these articles, since an event shows its articles' publishers
     * and links into them. One statement per kind of row, each restricted to the slugs.
     */
    @Transactional(readOnly = true)
    Part part(Set<String> articles, Set<String> events, Set<String> people) {
        Set<String> allEvents = new LinkedHashSet<>(events);
        allEvents.addAll(ifAny(articles, slugs -> corpus.eventsCiting(ExcerptPurpose.EVIDENCE, slugs)));
        List<Document> indexed = new ArrayList<>();
        articles(ifAny(articles, corpus::articles), ifAny(articles, corpus::bodySegments), indexed::add);

        List<EventRow> eventRows = ifAny(allEvents, corpus::events);
        List<ExcerptRow> excerpts = ifAny(allEvents, slugs -> corpus.excerpts(ExcerptPurpose.EVIDENCE, slugs));
        List<InvolvedRow> partners = ifAny(allEvents, corpus::eventPartners);
        List<InvolvedRow> titles = ifAny(allEvents, corpus::eventTitles);
        List<InvolvedRow> eventPeople = ifAny(allEvents, corpus::eventPeople);
        indexed.addAll(events(eventRows, excerpts,
                ifAny(excerpts.stream().map(ExcerptRow::articleId).collect(Collectors.toSet()), corpus::articlesWithIds),
                partners, titles, ifAny(allEvents, corpus::eventRegulators), ifAny(allEvents, corpus::eventRules), eventPeople,
                ifAny(allEvents, corpus::eventDeals),
                bySlug(ifAny(slugs(partners), corpus::partnerAliases)), bySlug(ifAny(slugs(titles), corpus::titleAliases)),
                bySlug(ifAny(slugs(eventPeople), corpus::personAliases))));

        Set<String> allPeople = new LinkedHashSet<>(people);
        allPeople.addAll(slugs(eventPeople));
        List<Document> reshown = people(ifAny(allPeople, corpus::people), bySlug(ifAny(allPeople, corpus::personAliases)),
                ifAny(allPeople, corpus::appearances));

        Set<String> hrefs = new LinkedHashSet<>();
        articles.forEach(slug -> hrefs.add(SOURCES + slug));
        allEvents.forEach(slug -> hrefs.add(EVENTS + slug));
        return new Part(hrefs, indexed, reshown);
    }

    /** The slug of the page a link leads to: {@code /sources/a#excerpt-1-2} is article a's. */
    static String slug(String href) {
        int fragment = href.indexOf('#');
        return href.substring(href.lastIndexOf('/', fragment < 0 ? href.length() : fragment) + 1,
                fragment < 0 ? href.length() : fragment);
    }

    private List<Document> events(List<EventRow> events, List<ExcerptRow> excerptRows, List<ArticleRow> articleRows,
                                  List<InvolvedRow> eventPartners, List<InvolvedRow> eventTitles,
                                  List<InvolvedRow> eventRegulators, List<InvolvedRow> eventRules,
                                  List<InvolvedRow> eventPeople, List<InvolvedRow> eventDeals,
                                  Map<String, List<String>> partnerAliases, Map<String, List<String>> titleAliases,
                                  Map<String, List<String>> personAliases) {
        Map<Long, ArticleRow> articles = articleRows.stream().collect(Collectors.toMap(ArticleRow::id, Function.identity()));
        Map<Long, List<Document.Passage>> excerpts = new HashMap<>();
        Map<Long, Set<String>> related = new HashMap<>();
        for (ExcerptRow row : excerptRows) {
            ArticleRow article = articles.get(row.articleId());
            excerpts.computeIfAbsent(row.eventId(), id -> new ArrayList<>()).add(new Document.Passage(row.exact(),
                    Highlight.sourcePath(article.slug(), new TextSpan(row.start(), row.end()))));
            if (article.publisher() != null) {
                related.computeIfAbsent(row.eventId(), id -> new LinkedHashSet<>()).add(article.publisher());
            }
        }
        Map<Long, List<String>> partners = new HashMap<>();
        for (InvolvedRow row : eventPartners) {
            partners.computeIfAbsent(row.ownerId(), id -> new ArrayList<>()).add(row.slug());
            addNames(related, row, partnerAliases);
        }
        eventTitles.forEach(row -> addNames(related, row, titleAliases));
        eventRegulators.forEach(row -> addNames(related, row, Map.of()));
        Map<Long, Set<String>> relatedZh = new HashMap<>();
        eventRules.forEach(row -> addNamesApart(related, relatedZh, row, Map.of()));
        eventPeople.forEach(row -> addNamesApart(related, relatedZh, row, personAliases));
        eventDeals.forEach(row -> addNamesApart(related, relatedZh, row, Map.of()));
        return inReadingOrder(events.stream()
                .map(event -> new Document(ResultKind.EVENTS, EVENTS + event.slug(), null, event.headline().zh(),
                        List.of(event.headline().en()), excerpts.getOrDefault(event.id(), List.of()),
                        List.copyOf(related.getOrDefault(event.id(), Set.of())),
                        List.copyOf(relatedZh.getOrDefault(event.id(), Set.of())),
                        partners.getOrDefault(event.id(), List.of()).stream().sorted().toList(), event.date(), List.of())));
    }

    private List<Document> partners(Map<String, List<String>> aliases) {
        return inReadingOrder(corpus.partners().stream()
                .map(row -> new Document(ResultKind.PARTNERS, "/partners/" + row.slug(), null, row.otherName(),
                        names(row.name(), row.otherName(), aliases.getOrDefault(row.slug(), List.of())),
                        List.of(), List.of(), List.of(), List.of(row.slug()), null, List.of())));
    }

    private List<Document> deals() {
        Map<Long, Set<String>> related = new HashMap<>();
        Map<Long, List<String>> partners = new HashMap<>();
        for (InvolvedRow row : corpus.dealPartners()) {
            partners.computeIfAbsent(row.ownerId(), id -> new ArrayList<>()).add(row.slug());
            addNames(related, row, Map.of());
        }
        corpus.dealTitles().forEach(row -> addNames(related, row, Map.of()));
        return inReadingOrder(corpus.deals().stream()
                .map(row -> new Document(ResultKind.DEALS, "/deals/" + row.slug(), null, row.otherName(),
                        List.of(row.name()), List.of(), List.copyOf(related.getOrDefault(row.id(), Set.of())), List.of(),
                        partners.getOrDefault(row.id(), List.of()).stream().sorted().toList(), null, List.of())));
    }

    private List<Document> titles(Map<String, List<String>> aliases) {
        return inReadingOrder(corpus.titles().stream()
                .map(row -> entity(ResultKind.TITLES, "/titles/" + row.slug(), row.otherName(),
                        names(row.name(), row.otherName(), aliases.getOrDefault(row.slug(), List.of())), List.of(),
                        List.of())));
    }

    /** A regulator is called by its short name where it has one (SAPPRFT), as on the event cards. */
    private List<Document> regulators() {
        return inReadingOrder(corpus.regulators().stream()
                .map(row -> entity(ResultKind.REGULATORS, "/regulators/" + row.slug(), row.chineseName(),
                        names(row.shortName(), row.name(), List.of(Objects.requireNonNullElse(row.chineseName(), ""))),
                        List.of(), List.of())));
    }

    /** Rules have no page of their own: they are listed, each with its anchor, on the regulators' page. */
    private List<Document> rules() {
        return inReadingOrder(corpus.rules().stream()
                .map(row -> entity(ResultKind.RULES, "/regulators#rule-" + row.slug(), row.chineseName(),
                        List.of(row.name()), names(row.regulatorName(), null, List.of()),
                        names(row.regulatorChineseName(), null, List.of()))));
    }

    private static List<Document> people(List<EntityRow> people, Map<String, List<String>> aliases,
                                         List<Appearance> appearances) {
        Map<String, List<Appearance>> byPerson = appearances.stream().collect(Collectors.groupingBy(Appearance::person));
        return inReadingOrder(people.stream()
                .map(row -> new Document(ResultKind.PEOPLE, PEOPLE + row.slug(), null, row.otherName(),
                        names(row.name(), null, aliases.getOrDefault(row.slug(), List.of())), List.of(), List.of(),
                        List.of(), List.of(), null, byPerson.getOrDefault(row.slug(), List.of()).stream()
                        .sorted(Comparator.comparing(Appearance::date).thenComparing(Appearance::event))
                        .map(event -> new EntityRef(event.event(), event.headline().en(), event.headline().zh())).toList())));
    }

    private static List<Appearance> appearances(List<InvolvedRow> eventPeople, Map<Long, EventRow> events) {
        return eventPeople.stream().map(row -> {
            EventRow event = events.get(row.ownerId());
            return new Appearance(row.slug(), event.slug(), event.headline(), event.date());
        }).toList();
    }

    /** Only an article's body segments are searched: the rest of a capture is page chrome. */
    private void articles(List<ArticleRow> rows, List<SegmentRow> segmentRows, Consumer<Document> sink) {
        Map<Long, List<SegmentRow>> segments = segmentRows.stream()
                .sorted(Comparator.comparingInt(SegmentRow::position))
                .collect(Collectors.groupingBy(SegmentRow::articleId));
        List<ArticleRow> articles = rows.stream()
                .sorted(Comparator.comparing(ArticleRow::published).thenComparing(ArticleRow::slug)).toList();
        for (int from = 0; from < articles.size(); from += ARTICLES_PER_BATCH) {
            List<ArticleRow> batch = articles.subList(from, Math.min(articles.size(), from + ARTICLES_PER_BATCH));
            Map<Long, String> texts = corpus.articleTexts(batch.stream().map(ArticleRow::id).toList()).stream()
                    .collect(Collectors.toMap(CorpusRows.ArticleText::id, CorpusRows.ArticleText::text));
            for (ArticleRow article : batch) {
                String href = SOURCES + article.slug();
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

    private static List<Document> inReadingOrder(Stream<Document> documents) {
        return documents.sorted(Placed.READING_ORDER).toList();
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

    private static Map<String, List<String>> bySlug(List<AliasRow> aliases) {
        return aliases.stream().sorted(Comparator.comparing(AliasRow::alias)).collect(Collectors.groupingBy(
                AliasRow::slug, Collectors.mapping(AliasRow::alias, Collectors.toList())));
    }

    private static Set<String> slugs(List<InvolvedRow> rows) {
        return rows.stream().map(InvolvedRow::slug).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** The rows a statement restricted to some keys gives, without the statement when there are none. */
    private static <K, T> List<T> ifAny(Collection<K> keys, Function<Collection<K>, List<T>> statement) {
        return keys.isEmpty() ? List.of() : statement.apply(keys);
    }
}
