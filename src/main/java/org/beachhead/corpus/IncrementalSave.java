package org.beachhead.corpus;

import org.beachhead.corpus.Curation.EventEntry;
import org.beachhead.corpus.Curation.LinkEntry;
import org.beachhead.corpus.Curation.QuoteEntry;
import org.beachhead.corpus.CurationOutline.Item;
import org.beachhead.corpus.CurationOutline.Section;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Makes a saved version into a change to the loaded one, when it is one the importer can write in place: events
 * added, changed or removed, articles added or removed, the {@code retired:} section edited, and nothing else. The
 * change is verified where it touches (docs/curating.md, "Applying a save"): the entries it writes, and those whose
 * checks read them (the events that link to a changed event, its deal's and rules' other events, the questions
 * citing it), by the verifier itself over the curation file cut down to them. Anything else, and any change the
 * cut-down check refuses, is left to the full verification and import, whose word is final.
 */
@Component
class IncrementalSave {

    private static final Logger log = LoggerFactory.getLogger(IncrementalSave.class);

    /** Read whole into the cut-down file: the mention finder needs every name, and they are small. */
    private static final Set<String> WHOLE = Set.of("partners", "people", "regulators", "rules", "titles", "retired");
    /** What a change may touch and still be written in place; any other section must stay as it is. */
    private static final Set<String> LISTED = Set.of("events", "articles");

    private final ChangeContext context;

    /** The verified part of the version to write, and what to write. */
    record Prepared(VerifiedCorpus part, ChangePlan plan) {
    }

    /** The version before and after the save: its curation file, files by name and SHA-256, and their bytes by hash. */
    record Versions(String location, String curationFile, Map<String, String> oldFiles, Map<String, String> newFiles,
                    Function<String, byte[]> content) {

        byte[] curation(Map<String, String> files) {
            return content.apply(files.get(curationFile));
        }
    }

    IncrementalSave(ChangeContext context) {
        this.context = context;
    }

    /**
     * The change, verified, or empty when the version is to be imported whole: it is not such a change, the loaded
     * content is not the version before, or the check of the change found a problem (the full verification then
     * names every problem of the version, in its words).
     */
    Optional<Prepared> prepare(Versions versions, String loadedHash, boolean mayRemove) {
        String fromHash = contentHash(versions.oldFiles(), versions.curationFile());
        if (!fromHash.equals(loadedHash)) {
            return whole("the loaded content is not that of the version before");
        }
        Optional<CurationOutline> before = CurationOutline.of(versions.curation(versions.oldFiles()));
        Optional<CurationOutline> after = CurationOutline.of(versions.curation(versions.newFiles()));
        if (before.isEmpty() || after.isEmpty() || after.get().hasDuplicateSlugs()) {
            return whole("the curation file is not laid out in entries with a slug each, or a slug is used twice");
        }
        if (!sameOutside(before.get(), after.get())) {
            return whole("it changes more than events, articles and what is retired");
        }
        Optional<Diff> events = diff(before.get(), after.get(), "events");
        Optional<Diff> articles = diff(before.get(), after.get(), "articles");
        if (events.isEmpty() || articles.isEmpty() || !articles.get().changed().isEmpty()) {
            return whole("it reorders entries, adds one before others, or changes an article's entry");
        }
        try {
            return prepare(versions, fromHash, after.get(), events.get(), articles.get(), mayRemove);
        } catch (CorpusException e) {
            return whole("the check of the change found a problem (" + e.problems().get(0)
                    + "), and the whole version's verification names every one");
        }
    }

    private static Optional<Prepared> whole(String why) {
        log.info("The saved version is applied whole: {}", why);
        return Optional.empty();
    }

    private Optional<Prepared> prepare(Versions versions, String fromHash, CurationOutline after, Diff events,
                                       Diff articles, boolean mayRemove) {
        Set<String> written = new LinkedHashSet<>(events.added());
        written.addAll(events.changed());
        Set<String> rewritten = new HashSet<>(events.changed());
        rewritten.addAll(events.removed());

        // The entries the change writes, read alone first, for what they refer to.
        Map<String, Item> eventItems = after.items("events");
        Map<String, Item> articleItems = after.items("articles");
        Set<Item> writtenItems = Collections.newSetFromMap(new IdentityHashMap<>());
        written.forEach(slug -> writtenItems.add(eventItems.get(slug)));
        articles.added().forEach(slug -> writtenItems.add(articleItems.get(slug)));
        Curation alone = parse(versions, after.keeping(writtenItems, Set.of())).curation();

        Set<String> reviewedEvents = new HashSet<>(written);
        if (!rewritten.isEmpty()) {
            reviewedEvents.addAll(context.linkingTo(rewritten));
        }
        reviewedEvents.removeAll(events.removed());
        Set<String> unchangedReviewed = new HashSet<>(reviewedEvents);
        unchangedReviewed.removeAll(written);

        Set<String> deals = new HashSet<>();
        Set<String> rules = new HashSet<>();
        Set<String> linked = new HashSet<>();
        Set<String> cited = new HashSet<>(articles.added());
        for (EventEntry entry : alone.events()) {
            if (entry.deal() != null) {
                deals.add(entry.deal());
            }
            rules.addAll(entry.rules());
            entry.links().stream().map(LinkEntry::event).forEach(linked::add);
            entry.excerpts().stream().map(QuoteEntry::article).forEach(cited::add);
            if (entry.dateQuote() != null) {
                cited.add(entry.dateQuote().article());
            }
        }
        if (!rewritten.isEmpty()) {
            context.dealsOf(rewritten).forEach(reference -> deals.add(reference.other()));
            context.rulesOf(rewritten).forEach(reference -> rules.add(reference.other()));
        }
        if (!unchangedReviewed.isEmpty()) {
            context.linksOf(unchangedReviewed).forEach(reference -> linked.add(reference.other()));
            context.articlesCitedBy(unchangedReviewed).forEach(reference -> cited.add(reference.other()));
        }
        Set<String> questions = rewritten.isEmpty() ? Set.of() : new HashSet<>(context.questionsCiting(rewritten));

        Set<String> included = new HashSet<>(reviewedEvents);
        included.addAll(linked);
        if (!deals.isEmpty()) {
            included.addAll(context.eventsOfDeals(deals));
        }
        if (!rules.isEmpty()) {
            included.addAll(context.eventsOfRules(rules));
        }
        included.removeAll(events.removed());

        // By identity: the cut asks of each of the file's 25,000 entries whether it is kept.
        Set<Item> kept = Collections.newSetFromMap(new IdentityHashMap<>());
        included.stream().map(eventItems::get).filter(Objects::nonNull).forEach(kept::add);
        cited.stream().map(articleItems::get).filter(Objects::nonNull).forEach(kept::add);
        Map<String, Item> dealItems = after.items("deals");
        deals.stream().map(dealItems::get).filter(Objects::nonNull).forEach(kept::add);
        Map<String, Item> questionItems = after.items("questions");
        questions.stream().map(questionItems::get).filter(Objects::nonNull).forEach(kept::add);

        Map<String, Set<String>> reviewed = new HashMap<>();
        reviewed.put("events", reviewedEvents);
        reviewed.put("articles", articles.added());
        reviewed.put("deals", deals);
        reviewed.put("rules", rules);
        reviewed.put("questions", questions);
        Map<String, Set<String>> known = new HashMap<>();
        after.sectionNames().forEach(section -> known.put(section, after.items(section).keySet()));

        byte[] cut = after.keeping(kept, WHOLE);
        if (!sameArticleFiles(versions, alone, articles.removed())) {
            return whole("its article files are not those of the version before with the added and removed ones");
        }
        Map<String, String> files = new HashMap<>();
        files.put(Manifest.FILE, versions.newFiles().get(Manifest.FILE));
        cited.forEach(slug -> context.article(slug).ifPresent(article -> files.put(article.getFileName(),
                versions.newFiles().get(article.getFileName()))));
        alone.articles().forEach(entry -> files.put(entry.file(), versions.newFiles().get(entry.file())));
        files.values().removeIf(Objects::isNull);
        files.put(versions.curationFile(), "");
        StoredCorpus part = new StoredCorpus(versions.location(), versions.curationFile(), files,
                sha256 -> sha256.isEmpty() ? cut : versions.content().apply(sha256));
        VerifiedCorpus verified = CorpusVerifier.verify(part, new Review(reviewed, known));
        if (!mayRemove && !removalsDeclared(verified.retired(), events, articles, alone)) {
            return whole("it removes what it does not declare retired");
        }
        if (!articles.removed().isEmpty() && context.excerptsQuotingOutside(articles.removed(), nonEmpty(events.removed())) > 0) {
            return whole("it removes an article that excerpts it keeps still quote");
        }
        ChangePlan plan = new ChangePlan(fromHash, written, events.added(), events.removed(), articles.added(),
                articles.removed(), deals);
        String hash = contentHash(versions.newFiles(), versions.curationFile());
        return Optional.of(new Prepared(new VerifiedCorpus(verified.curation(), verified.retired(), verified.location(),
                hash, verified.articles(), verified.quotes()), plan));
    }

    /** Removed events and articles are declared retired, and so are excerpts a changed event no longer has. */
    private boolean removalsDeclared(Retired retired, Diff events, Diff articles, Curation alone) {
        if (!retired.events().containsAll(events.removed()) || !retired.articles().containsAll(articles.removed())) {
            return false;
        }
        if (events.changed().isEmpty()) {
            return true;
        }
        Map<String, Long> now = new HashMap<>();
        alone.events().forEach(event -> now.put(event.slug(), event.excerpts().size() + (event.dateQuote() == null ? 0L : 1L)));
        return context.excerptsOf(events.changed()).stream().allMatch(before ->
                before.count() <= now.getOrDefault(before.owner(), 0L) || retired.excerpts().contains(before.owner()));
    }

    /** The article files of the new version are those of the old one, less the removed articles', plus the added. */
    private boolean sameArticleFiles(Versions versions, Curation alone, Set<String> removedArticles) {
        Set<String> expected = articleFiles(versions.oldFiles());
        removedArticles.forEach(slug -> context.article(slug).ifPresent(article -> expected.remove(article.getFileName())));
        alone.articles().forEach(entry -> expected.add(entry.file()));
        return expected.equals(articleFiles(versions.newFiles()));
    }

    private static Set<String> articleFiles(Map<String, String> files) {
        return files.keySet().stream().filter(name -> name.endsWith(".txt")).collect(Collectors.toCollection(HashSet::new));
    }

    private static Collection<String> nonEmpty(Set<String> slugs) {
        // An empty "not in ()" is not valid in every database.
        return slugs.isEmpty() ? List.of("") : slugs;
    }

    private static CurationParser.Parsed parse(Versions versions, byte[] text) {
        return CurationParser.parse(versions.location() + ", " + versions.curationFile(),
                new InputStreamReader(new ByteArrayInputStream(text), StandardCharsets.UTF_8));
    }

    /** The content hash of a version of files, as the verifier gives it for the whole version. */
    static String contentHash(Map<String, String> files, String curationFile) {
        Map<String, String> articles = new TreeMap<>(files);
        articles.keySet().removeIf(name -> !name.endsWith(".txt"));
        return CorpusVerifier.contentHash(files.get(curationFile), articles);
    }

    /** The entries of a listed section that the change adds, changes and removes, by slug. */
    record Diff(Set<String> added, Set<String> changed, Set<String> removed) {
    }

    /**
     * The section's difference, or empty when the entries kept are in another order, or new entries come before
     * old ones: a full import numbers rows in the file's order, and so does this one.
     */
    private static Optional<Diff> diff(CurationOutline before, CurationOutline after, String section) {
        List<Item> old = before.section(section).map(Section::items).orElse(List.of());
        List<Item> now = after.section(section).map(Section::items).orElse(List.of());
        Map<String, Item> oldBySlug = before.items(section);
        Map<String, Item> nowBySlug = after.items(section);
        Set<String> added = new LinkedHashSet<>();
        Set<String> changed = new LinkedHashSet<>();
        Set<String> removed = new LinkedHashSet<>();
        List<String> keptOld = new ArrayList<>();
        List<String> keptNow = new ArrayList<>();
        for (Item item : old) {
            if (nowBySlug.containsKey(item.slug())) {
                keptOld.add(item.slug());
            } else {
                removed.add(item.slug());
            }
        }
        for (Item item : now) {
            Item was = oldBySlug.get(item.slug());
            if (was == null) {
                added.add(item.slug());
                continue;
            }
            if (!added.isEmpty()) {
                return Optional.empty();
            }
            keptNow.add(item.slug());
            if (!before.sameText(was, after, item)) {
                changed.add(item.slug());
            }
        }
        return keptOld.equals(keptNow) ? Optional.of(new Diff(added, changed, removed)) : Optional.empty();
    }

    /** Every section but the listed ones is the same, and so are the listed ones' lines outside their entries. */
    private static boolean sameOutside(CurationOutline before, CurationOutline after) {
        Set<String> sections = new HashSet<>(after.sectionNames());
        sections.remove("retired");
        Set<String> sectionsBefore = new HashSet<>(before.sectionNames());
        sectionsBefore.remove("retired");
        if (!sections.equals(sectionsBefore)) {
            return false;
        }
        for (String name : sections) {
            Section old = before.section(name).orElseThrow();
            Section now = after.section(name).orElseThrow();
            boolean same = LISTED.contains(name) ? Arrays.equals(before.outsideItems(old), after.outsideItems(now))
                    : before.sameText(old, after, now);
            if (!same) {
                return false;
            }
        }
        return true;
    }
}
