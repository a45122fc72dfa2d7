package org.beachhead.corpus;

import jakarta.persistence.EntityManager;
import org.beachhead.corpus.Curation.ArticleEntry;
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
import org.beachhead.corpus.Curation.TitleEntry;
import org.beachhead.corpus.VerifiedCorpus.VerifiedArticle;
import org.beachhead.common.PartialDate;
import org.beachhead.common.Text;
import org.beachhead.model.ClaimLink;
import org.beachhead.model.Deal;
import org.beachhead.model.Involvement;
import org.beachhead.model.Question;
import org.beachhead.model.Partner;
import org.beachhead.model.Person;
import org.beachhead.model.Regulator;
import org.beachhead.model.Rule;
import org.beachhead.model.Article;
import org.beachhead.model.Excerpt;
import org.beachhead.model.ExcerptPurpose;
import org.beachhead.model.Mention;
import org.beachhead.model.Event;
import org.beachhead.model.Title;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Loads a verified corpus into the database in one transaction. The same content twice is a
 * no-op; changed content replaces everything, so no stale or duplicate rows survive an edit.
 * Every import, changed or not, is published as an {@link ImportOutcome} event once committed, so
 * whatever depends on the loaded version (such as HTTP validators) can refresh itself.
 */
@Component
public class CorpusImporter {

    private static final Logger log = LoggerFactory.getLogger(CorpusImporter.class);

    /** Child tables first, so foreign keys never block the replacement. */
    private static final List<String> TABLES_IN_DELETE_ORDER = List.of("mention", "excerpt", "question_claim",
            "question_side", "question", "claim_link", "event_role", "event_person", "event_rule",
            "event_regulator", "event_title", "event_partner", "event", "deal_title", "deal_role", "deal_partner", "deal", "title_alias",
            "title", "regulation_rule", "regulator", "person_alias", "person", "partner_alias", "partner", "article_body_segment", "article",
            "corpus_version");

    private final EntityManager entityManager;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;
    private final LoadedContent loaded;
    private final ChangeContext context;
    private final boolean allowRemovals;
    /** Held from an import's start until its outcome is published, so this instance's own import is never taken for another's. */
    private final ReentrantLock importing = new ReentrantLock();
    /** The content hash of the last outcome published here. */
    private volatile String published;

    /**
     * @param allowRemovals whether a corpus may remove what its curation file does not list as retired
     *                      ({@code beachhead.corpus.allow-removals}, for one start: docs/curating.md)
     */
    CorpusImporter(EntityManager entityManager, TransactionTemplate transaction, ApplicationEventPublisher events,
                   LoadedContent loaded, ChangeContext context, @Value("${beachhead.corpus.allow-removals:false}") boolean allowRemovals) {
        this.entityManager = entityManager;
        this.transaction = transaction;
        this.events = events;
        this.loaded = loaded;
        this.context = context;
        this.allowRemovals = allowRemovals;
    }

    /**
     * Verifies the corpus in {@code folder} and loads it unless that exact content is loaded already.
     *
     * @throws CorpusException when verification fails, or the corpus would remove what it does not
     *                         declare retired; the database is then left untouched
     */
    public ImportOutcome importCorpus(Path folder, String curationFile) {
        return importCorpus(new FolderCorpus(folder, curationFile));
    }

    /**
     * Verifies the corpus and loads it unless that exact content is loaded already.
     *
     * @throws CorpusException when verification fails; the database is then left untouched
     */
    public ImportOutcome importCorpus(CorpusFiles files) {
        return importVerified(() -> CorpusVerifier.verify(files));
    }

    /**
     * Verifies a curation that carries its articles' texts (a dataset's) and loads it unless that exact
     * content is loaded already.
     *
     * @throws CorpusException when verification fails; the database is then left untouched
     */
    public ImportOutcome importCuration(Curation curation, String location) {
        return importVerified(() -> CorpusVerifier.verify(curation, location));
    }

    /**
     * Loads the corpus the verification gives (it may have run elsewhere meanwhile, as on start-up)
     * unless that exact content is loaded already.
     *
     * @throws CorpusException when verification failed; the database is then left untouched
     */
    public ImportOutcome importVerified(Supplier<VerifiedCorpus> verification) {
        return importVerified(verification, allowRemovals, corpus -> {
        });
    }

    /** As {@link #importVerified(Supplier)}, with {@code alongside} run in the import's transaction. */
    ImportOutcome importVerified(Supplier<VerifiedCorpus> verification, Consumer<VerifiedCorpus> alongside) {
        return importVerified(verification, allowRemovals, alongside);
    }

    /**
     * As {@link #importVerified(Supplier)}, with {@code alongside} run in the import's transaction (the curation
     * history records the version there, so a version is saved if and only if it is loaded).
     */
    ImportOutcome importVerified(Supplier<VerifiedCorpus> verification, boolean mayRemove, Consumer<VerifiedCorpus> alongside) {
        importing.lock();
        try {
            // Taken and loaded in a method of its own, so that the verified corpus is garbage by the time the
            // listeners run: the search index is built then, and both did not fit in a 256 MiB heap.
            ImportOutcome outcome = load(verification.get(), mayRemove, alongside);
            published = outcome.contentHash();
            events.publishEvent(outcome);
            return outcome;
        } finally {
            importing.unlock();
        }
    }

    /**
     * Writes a saved change over the loaded corpus, which must be the one {@code plan} was made from: {@code part}
     * holds the entries it writes, verified, with {@code alongside} run in the same transaction (the history
     * records the version there). Announced with its {@link CorpusChange}, so listeners that can follow a part do.
     */
    ImportOutcome applyChange(VerifiedCorpus part, ChangePlan plan, Consumer<VerifiedCorpus> alongside) {
        importing.lock();
        try {
            ImportOutcome outcome = transaction.execute(status -> {
                if (!loadedContentHashes().equals(List.of(plan.fromHash()))) {
                    throw new IllegalStateException("the change was planned from content " + plan.fromHash()
                            + " but " + loadedContentHashes() + " is loaded");
                }
                alongside.accept(part);
                return new Loading(part).apply(plan);
            });
            published = outcome.contentHash();
            events.publishEvent(outcome);
            return outcome;
        } finally {
            importing.unlock();
        }
    }

    /**
     * When another instance sharing this database has loaded other content since this one last published
     * an outcome, publishes it as this instance's own import would, so its caches and indexes follow. Skipped
     * while an import here is under way: its own outcome will say.
     */
    void followOtherInstances() {
        if (!importing.tryLock()) {
            return;
        }
        try {
            Optional<String> loaded = loadedContentHash();
            if (loaded.isEmpty() || loaded.get().equals(published)) {
                return;
            }
            if (published == null) {
                // Nothing imported here yet (import on start-up switched off): this is the content served.
                published = loaded.get();
                return;
            }
            log.info("Another instance loaded content {}; following it", loaded.get());
            published = loaded.get();
            events.publishEvent(ImportOutcome.elsewhere(loaded.get()));
        } finally {
            importing.unlock();
        }
    }

    private ImportOutcome load(VerifiedCorpus corpus, boolean mayRemove, Consumer<VerifiedCorpus> alongside) {
        return transaction.execute(status -> {
            alongside.accept(corpus);
            if (loadedContentHashes().equals(List.of(corpus.contentHash()))) {
                return ImportOutcome.unchanged(corpus.contentHash());
            }
            List<CorpusProblem> removals = mayRemove ? List.of() : Removals.undeclared(loaded, corpus);
            if (!removals.isEmpty()) {
                throw new CorpusException(removals);
            }
            TABLES_IN_DELETE_ORDER.forEach(table -> entityManager.createNativeQuery("delete from " + table).executeUpdate());
            entityManager.clear();
            return new Loading(corpus).load();
        });
    }

    /** The content hash of the loaded corpus; empty before the first import. */
    public Optional<String> loadedContentHash() {
        return loadedContentHashes().stream().findFirst();
    }

    private List<String> loadedContentHashes() {
        return entityManager.createQuery("select v.contentHash from CorpusVersion v", String.class).getResultList();
    }

    /**
     * Entities are written out and let go of in groups of about this size (a multiple of the JDBC
     * batch size): keeping tens of thousands of them managed until the end of the transaction does
     * not fit a 256 MiB heap, and every flush would dirty-check all of them again. Entities created
     * earlier are still used as references afterwards; detached, they only lend their ids.
     */
    private static final int WRITE_EVERY = 1000;

    /** One load of one corpus: the entities created so far, by slug, for resolving references. */
    private final class Loading {

        private final VerifiedCorpus corpus;
        private final Map<String, Article> articles = new HashMap<>();
        private int excerpts;
        private int unwritten;

        Loading(VerifiedCorpus corpus) {
            this.corpus = corpus;
        }

        ImportOutcome load() {
            Curation curation = corpus.curation();
            for (VerifiedArticle verified : corpus.articles().values()) {
                articles.put(verified.entry().slug(), persist(article(verified)));
                checkpoint();
            }
            Map<String, Partner> partners = bySlug(curation.partners(), PartnerEntry::slug, this::partner);
            Map<String, Person> people = bySlug(curation.people(), PersonEntry::slug,
                    entry -> persist(new Person(entry.slug(), entry.name(), entry.chineseName(),
                            Text.of(entry.role(), entry.roleZh()), new LinkedHashSet<>(entry.aliases()))));
            Map<String, Regulator> regulators = bySlug(curation.regulators(), RegulatorEntry::slug, this::regulator);
            Map<String, Rule> rules = bySlug(curation.rules(), RuleEntry::slug, entry -> persist(new Rule(entry.slug(),
                    entry.name(), entry.chineseName(), Text.of(entry.summary(), entry.summaryZh()),
                    entry.regulator() == null ? null : regulators.get(entry.regulator()))));
            Map<String, Title> titles = bySlug(curation.titles(), TitleEntry::slug, entry -> persist(new Title(entry.slug(),
                    entry.name(), entry.chineseName(), entry.format(), Text.of(entry.origin(), entry.originZh()),
                    Text.of(entry.episodes(), entry.episodesZh()), Text.of(entry.summary(), entry.summaryZh()),
                    new LinkedHashSet<>(entry.aliases()))));
            Map<String, PartialDate> reported = new HashMap<>();
            Map<String, PartialDate> latestReportOfDeal = new HashMap<>();
            for (EventEntry entry : curation.events()) {
                PartialDate firstReport = entry.excerpts().stream()
                        .map(quote -> articles.get(quote.article()).getPublished())
                        .min(PartialDate.CHRONOLOGICAL).orElseThrow();
                reported.put(entry.slug(), firstReport);
                if (entry.deal() != null) {
                    latestReportOfDeal.merge(entry.deal(), firstReport, (a, b) -> a.compareTo(b) >= 0 ? a : b);
                }
            }
            Map<String, Deal> deals = bySlug(curation.deals(), DealEntry::slug, entry -> {
                Deal deal = new Deal(entry.slug(), entry.name(), entry.chineseName(), entry.type(), entry.status(),
                        entry.netflixParty(), Text.of(entry.summary(), entry.summaryZh()), pick(partners::get, entry.partners()),
                        involvements(partners::get, entry.others()), pick(titles::get, entry.titles()));
                deal.statusAsOf(latestReportOfDeal.get(entry.slug()));
                return persist(deal);
            });
            Map<String, Event> events = new HashMap<>();
            Refs refs = new Refs(articles::get, partners::get, people::get, titles::get, regulators::get, rules::get,
                    deals::get, events::get);
            for (EventEntry entry : curation.events()) {
                Event event = newEvent(entry, refs);
                write(event, entry, refs, reported.get(entry.slug()));
                events.put(entry.slug(), persist(event));
                writeExcerpts(event, entry, refs);
                checkpoint();
            }
            for (EventEntry entry : curation.events()) {
                writeLinks(entry, refs);
            }
            int seq = 0;
            for (QuestionEntry entry : curation.questions()) {
                Question question = new Question(entry.slug(), Text.of(entry.question(), entry.questionZh()), seq++);
                entry.sides().forEach(side -> question.addSide(Text.of(side.answer(), side.answerZh()),
                        side.events().stream().map(events::get).toList()));
                persist(question);
            }
            persistMentions(curation, corpus.articles().values());
            persist(new CorpusVersion(corpus.contentHash(), Instant.now()));
            entityManager.flush();
            return new ImportOutcome(corpus.contentHash(), true, articles.size(), curation.events().size(), excerpts);
        }

        /**
         * Writes a saved change over the loaded corpus: {@link #corpus} holds the entries the change writes, verified,
         * and the others its checks needed. What depends on the rows written (a deal's status date) follows.
         */
        ImportOutcome apply(ChangePlan plan) {
            Curation curation = corpus.curation();
            Map<String, Event> written = new HashMap<>();
            Refs refs = new Refs(slug -> articles.computeIfAbsent(slug, s -> context.article(s).orElseThrow()),
                    lookup(context::partner), lookup(context::person), lookup(context::title),
                    lookup(context::regulator), lookup(context::rule), lookup(context::deal),
                    slug -> written.containsKey(slug) ? written.get(slug) : context.event(slug).orElseThrow());
            for (String slug : plan.removedEvents()) {
                Event event = context.event(slug).orElseThrow();
                List.of("excerpt", "claim_link", "event_role", "event_person", "event_rule", "event_regulator",
                        "event_title", "event_partner").forEach(table -> deleteOfEvent(table, event.getId()));
                deleteWhere("delete from claim_link where other_event_id = ?", event.getId());
                deleteWhere("delete from event where id = ?", event.getId());
            }
            for (String slug : plan.removedArticles()) {
                Article article = context.article(slug).orElseThrow();
                deleteWhere("delete from mention where article_id = ?", article.getId());
                entityManager.remove(article);
            }
            List<VerifiedArticle> added = corpus.articles().values().stream()
                    .filter(verified -> plan.addedArticles().contains(verified.entry().slug())).toList();
            added.forEach(verified -> articles.put(verified.entry().slug(), persist(article(verified))));
            List<EventEntry> entries = curation.events().stream().filter(entry -> plan.writtenEvents().contains(entry.slug())).toList();
            for (EventEntry entry : entries) {
                Event event;
                if (plan.addedEvents().contains(entry.slug())) {
                    event = newEvent(entry, refs);
                } else {
                    event = context.event(entry.slug()).orElseThrow();
                    deleteOfEvent("excerpt", event.getId());
                    deleteOfEvent("claim_link", event.getId());
                    event.revise(entry.kind(), Text.of(entry.headline(), entry.headlineZh()), entry.date(), entry.datedBy(),
                            dateNote(entry), entry.deal() == null ? null : refs.deals().apply(entry.deal()),
                            Boolean.TRUE.equals(entry.key()));
                }
                written.put(entry.slug(), event);
                write(event, entry, refs, entry.excerpts().stream().map(quote -> refs.articles().apply(quote.article()).getPublished())
                        .min(PartialDate.CHRONOLOGICAL).orElseThrow());
                if (plan.addedEvents().contains(entry.slug())) {
                    persist(event);
                }
                writeExcerpts(event, entry, refs);
            }
            entityManager.flush();
            entries.forEach(entry -> writeLinks(entry, refs));
            persistMentions(curation, added);
            entityManager.flush();
            for (String slug : plan.deals()) {
                context.deal(slug).ifPresent(deal -> deal.statusAsOf(context.reportsOfDeal(slug).stream()
                        .filter(Objects::nonNull).max(PartialDate.CHRONOLOGICAL).orElse(null)));
            }
            entityManager.createNativeQuery("delete from corpus_version").executeUpdate();
            persist(new CorpusVersion(corpus.contentHash(), Instant.now()));
            entityManager.flush();
            return new ImportOutcome(corpus.contentHash(), true, added.size(), entries.size(), excerpts,
                    new CorpusChange(plan.addedArticles(), plan.writtenEvents(), plan.removedArticles(), plan.removedEvents()));
        }

        private <T> Function<String, T> lookup(Function<String, Optional<T>> find) {
            Map<String, T> found = new HashMap<>();
            return slug -> found.computeIfAbsent(slug, s -> find.apply(s).orElseThrow());
        }

        private void deleteOfEvent(String table, long eventId) {
            deleteWhere("delete from " + table + " where event_id = ?", eventId);
        }

        private void deleteWhere(String statement, long id) {
            entityManager.createNativeQuery(statement).setParameter(1, id).executeUpdate();
        }

        private Article article(VerifiedArticle verified) {
            ArticleEntry entry = verified.entry();
            return new Article(entry.slug(), entry.file(), verified.sha256(),
                    Text.of(entry.headline(), entry.headlineZh()), entry.headlineSupplied(), entry.publisher(),
                    entry.published(), entry.publishedBasis(), Text.of(entry.publishedNote(), entry.publishedNoteZh()),
                    entry.publishedQuote(), verified.text(), verified.body());
        }

        private static Event newEvent(EventEntry entry, Refs refs) {
            Event event = new Event(entry.slug(), entry.kind(), Text.of(entry.headline(), entry.headlineZh()),
                    entry.date(), entry.datedBy(), dateNote(entry),
                    entry.deal() == null ? null : refs.deals().apply(entry.deal()));
            if (Boolean.TRUE.equals(entry.key())) {
                event.markKey();
            }
            return event;
        }

        private static Text dateNote(EventEntry entry) {
            return new Text(entry.dateNote() == null ? "" : entry.dateNote(), entry.dateNoteZh());
        }

        /**
         * Writes what the event's entry says beyond the columns its constructor takes: the claim and what it
         * involves. Before the event is persisted: Hibernate inserts the state it has then.
         */
        private void write(Event event, EventEntry entry, Refs refs, PartialDate reported) {
            ClaimEntry claim = entry.claim();
            Person speaker = claim.speaker() == null ? null : refs.people().apply(claim.speaker());
            event.attribute(claim.attribution(), speaker, claim.relayedFrom(), claim.certainty(), reported);
            // The person quoted is among those the event names, so their page lists it.
            Set<Person> named = pick(refs.people(), entry.people());
            if (speaker != null) {
                named.add(speaker);
            }
            event.involve(pick(refs.partners(), entry.partners()), pick(refs.titles(), entry.titles()),
                    pick(refs.regulators(), entry.regulators()), pick(refs.rules(), entry.rules()), named);
            event.involveOthers(involvements(refs.partners(), entry.others()));
        }

        private void writeExcerpts(Event event, EventEntry entry, Refs refs) {
            int seq = 0;
            for (QuoteEntry quote : entry.excerpts()) {
                persist(Excerpt.forEvent(event, ExcerptPurpose.EVIDENCE, seq++, refs.articles().apply(quote.article()),
                        corpus.located(quote)));
            }
            if (entry.dateQuote() != null) {
                persist(Excerpt.forEvent(event, ExcerptPurpose.DATING, 0, refs.articles().apply(entry.dateQuote().article()),
                        corpus.located(entry.dateQuote())));
            }
        }

        private void writeLinks(EventEntry entry, Refs refs) {
            for (LinkEntry link : entry.links()) {
                persist(new ClaimLink(refs.events().apply(entry.slug()), refs.events().apply(link.event()), link.relation()));
                checkpoint();
            }
        }

        private void persistMentions(Curation curation, Collection<VerifiedArticle> inArticles) {
            if (inArticles.isEmpty()) {
                return;
            }
            List<MentionFinder.Subject> subjects = new ArrayList<>();
            curation.partners().forEach(p -> subjects.add(new MentionFinder.Subject("partner", p.slug(),
                    names(p.name(), p.chineseName(), p.aliases()))));
            curation.titles().forEach(t -> subjects.add(new MentionFinder.Subject("title", t.slug(),
                    names(t.name(), t.chineseName(), t.aliases()))));
            curation.regulators().forEach(r -> subjects.add(new MentionFinder.Subject("regulator", r.slug(),
                    names(r.name(), r.chineseName(), r.shortName() == null ? List.of() : List.of(r.shortName())))));
            curation.people().forEach(m -> subjects.add(new MentionFinder.Subject("person", m.slug(),
                    names(m.name(), m.chineseName(), m.aliases()))));
            MentionFinder finder = new MentionFinder(subjects);
            for (VerifiedArticle verified : inArticles) {
                Article article = articles.get(verified.entry().slug());
                for (MentionFinder.Found found : finder.find(new ArticleText(verified.text(), verified.body()))) {
                    persist(new Mention(article, found.subject().kind(), found.subject().slug(),
                            found.sentence(), found.match()));
                    checkpoint();
                }
            }
        }

        private static List<String> names(String name, String chineseName, List<String> aliases) {
            List<String> names = new ArrayList<>(aliases);
            names.add(name);
            if (chineseName != null) {
                names.add(chineseName);
            }
            return names;
        }

        private Partner partner(PartnerEntry entry) {
            Partner partner = persist(new Partner(entry.slug(), entry.name(), entry.chineseName(), entry.kind(),
                    Text.of(entry.summary(), entry.summaryZh()), new LinkedHashSet<>(entry.aliases())));
            int seq = 0;
            for (QuoteEntry quote : entry.about()) {
                persist(Excerpt.aboutPartner(partner, seq++, articles.get(quote.article()), corpus.located(quote)));
            }
            return partner;
        }

        private Regulator regulator(RegulatorEntry entry) {
            Regulator regulator = persist(new Regulator(entry.slug(), entry.name(), entry.shortName(),
                    entry.chineseName(), Text.of(entry.summary(), entry.summaryZh())));
            int seq = 0;
            for (QuoteEntry quote : entry.about()) {
                persist(Excerpt.aboutRegulator(regulator, seq++, articles.get(quote.article()), corpus.located(quote)));
            }
            return regulator;
        }

        private <T> T persist(T entity) {
            if (entity instanceof Excerpt) {
                excerpts++;
            }
            entityManager.persist(entity);
            unwritten++;
            return entity;
        }

        /**
         * Called where nothing persisted so far changes again (an event, for one, gets its links
         * after it is persisted): once {@value #WRITE_EVERY} entities wait, writes them and lets go of all.
         */
        private void checkpoint() {
            if (unwritten >= WRITE_EVERY) {
                entityManager.flush();
                entityManager.clear();
                unwritten = 0;
            }
        }

        private <E, T> Map<String, T> bySlug(List<E> entries, Function<E, String> slug, Function<E, T> create) {
            Map<String, T> result = new HashMap<>();
            entries.forEach(entry -> {
                result.put(slug.apply(entry), create.apply(entry));
                checkpoint();
            });
            return result;
        }

        private static List<Involvement> involvements(Function<String, Partner> partners, List<RoleEntry> others) {
            return others.stream().map(other -> new Involvement(partners.apply(other.partner()), other.role())).toList();
        }

        private static <T> Set<T> pick(Function<String, T> known, List<String> slugs) {
            Set<T> result = new LinkedHashSet<>();
            slugs.forEach(slug -> result.add(known.apply(slug)));
            return result;
        }
    }

    /** The entities a load resolves the curation's slugs to. */
    private record Refs(Function<String, Article> articles, Function<String, Partner> partners,
                        Function<String, Person> people, Function<String, Title> titles,
                        Function<String, Regulator> regulators, Function<String, Rule> rules,
                        Function<String, Deal> deals, Function<String, Event> events) {
    }
}
