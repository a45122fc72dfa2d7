package org.beachhead.corpus;

import org.beachhead.common.DateBasis;
import org.beachhead.corpus.Curation.ArticleEntry;
import org.beachhead.corpus.Curation.BodyEntry;
import org.beachhead.corpus.Curation.DealEntry;
import org.beachhead.corpus.Curation.EventEntry;
import org.beachhead.corpus.Curation.QuoteEntry;
import org.beachhead.corpus.VerifiedCorpus.VerifiedArticle;
import org.beachhead.model.LocatedQuote;
import org.beachhead.model.TextSpan;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Checks a corpus (articles plus the curation file, from a folder or rebuilt in memory) before
 * anything is loaded: every quote is located verbatim, exactly once, inside its article's body;
 * every reference resolves; no slug is used twice. It collects every problem and reports them together.
 */
public final class CorpusVerifier {

    /**
     * Part of the content hash: raise it when the importer derives stored data differently
     * (offsets, context), so an unchanged corpus is still re-imported after such a change.
     */
    static final int IMPORT_FORMAT = 2;

    private final CorpusFiles files;
    private final List<CorpusProblem> problems = new ArrayList<>();

    private CorpusVerifier(CorpusFiles files) {
        this.files = files;
    }

    /** @throws CorpusException listing every problem, when there is any */
    public static VerifiedCorpus verify(Path folder, String curationFile) {
        return verify(new FolderCorpus(folder, curationFile));
    }

    /** @throws CorpusException listing every problem, when there is any */
    public static VerifiedCorpus verify(CorpusFiles files) {
        return new CorpusVerifier(files).run();
    }

    private VerifiedCorpus run() {
        String displayName = files.describe(files.curationFile());
        byte[] curationBytes = read(files.curationFile());
        Curation curation = CurationParser.parse(displayName, strictUtf8(curationBytes));

        MessageDigest content = sha256();
        content.update(("import-format-" + IMPORT_FORMAT + "\n").getBytes(StandardCharsets.UTF_8));
        content.update(curationBytes);

        Map<String, VerifiedArticle> articles = new LinkedHashMap<>();
        Map<String, ArticleText> texts = new HashMap<>();
        for (ArticleEntry entry : unique(curation.articles(), ArticleEntry::slug, ArticleEntry::source)) {
            verifyArticle(entry, content).ifPresent(article -> {
                articles.put(entry.slug(), article);
                texts.put(entry.slug(), new ArticleText(article.text(), article.body()));
            });
        }
        reportUncuratedArticles(curation);

        Map<QuoteEntry, LocatedQuote> quotes = new HashMap<>();
        Stream.of(
                curation.partners().stream().flatMap(partner -> partner.about().stream()),
                curation.regulators().stream().flatMap(regulator -> regulator.about().stream()),
                curation.events().stream().flatMap(event -> event.excerpts().stream()),
                curation.events().stream().filter(event -> event.dateQuote() != null).map(EventEntry::dateQuote)
        ).flatMap(Function.identity()).forEach(quote -> locate(quote, texts).ifPresent(found -> quotes.put(quote, found)));

        checkReferences(curation);

        if (!problems.isEmpty()) {
            throw new CorpusException(problems);
        }
        return new VerifiedCorpus(curation, HexFormat.of().formatHex(content.digest()), articles, quotes);
    }

    private Optional<VerifiedArticle> verifyArticle(ArticleEntry entry, MessageDigest content) {
        String name = entry.file();
        if (name.contains("/") || name.contains("\\") || name.startsWith(".")) {
            problems.add(entry.source().problemAt("file", "'" + name + "' must be a plain file name in " + files.location()));
            return Optional.empty();
        }
        if (!files.exists(name)) {
            problems.add(entry.source().problemAt("file", "article file '" + files.describe(name) + "' does not exist"));
            return Optional.empty();
        }
        byte[] bytes;
        String text;
        try {
            bytes = read(name);
            text = decode(bytes, files.describe(name));
        } catch (CorpusException e) {
            problems.addAll(e.problems());
            return Optional.empty();
        }
        content.update(("\n" + name + "\n").getBytes(StandardCharsets.UTF_8));
        content.update(bytes);

        ArticleText whole = new ArticleText(text);
        if (entry.publishedQuote() != null && whole.occurrences(entry.publishedQuote()).isEmpty()) {
            problems.add(entry.source().problemAt("published_quote",
                    "published_quote \"" + entry.publishedQuote() + "\" is not in " + name));
        }
        List<TextSpan> body = new ArrayList<>();
        int searchFrom = 0;
        for (BodyEntry segment : entry.body()) {
            Optional<TextSpan> start = whole.firstOccurrence(segment.from(), searchFrom);
            if (start.isEmpty()) {
                problems.add(segment.source().problemAt("from", "body anchor 'from' \"" + segment.from() + "\" is not in "
                        + name + (searchFrom > 0 ? " after the previous body segment" : "")));
                continue;
            }
            Optional<TextSpan> end = whole.firstOccurrence(segment.to(), start.get().start());
            if (end.isEmpty()) {
                problems.add(segment.source().problemAt("to", "body anchor 'to' \"" + segment.to() + "\" is not in "
                        + name + " after its 'from' anchor"));
                continue;
            }
            body.add(new TextSpan(start.get().start(), end.get().end()));
            searchFrom = end.get().end();
        }
        return Optional.of(new VerifiedArticle(entry, HexFormat.of().formatHex(sha256().digest(bytes)), text, body));
    }

    private void reportUncuratedArticles(Curation curation) {
        Set<String> curated = new HashSet<>();
        curation.articles().forEach(article -> curated.add(article.file()));
        try {
            files.list().stream()
                    .filter(name -> name.endsWith(".txt") && !curated.contains(name))
                    .sorted()
                    .forEach(name -> problems.add(new CorpusProblem(curation.file(), 0, "",
                            "article file '" + name + "' is in " + files.location() + " but has no entry under 'articles'")));
        } catch (IOException e) {
            problems.add(new CorpusProblem(files.location(), 0, "", "cannot list the folder: " + e.getMessage()));
        }
    }

    private Optional<LocatedQuote> locate(QuoteEntry quote, Map<String, ArticleText> texts) {
        ArticleText article = texts.get(quote.article());
        if (article == null) {
            problems.add(quote.source().problemAt("article", "unknown article '" + quote.article() + "'"));
            return Optional.empty();
        }
        List<TextSpan> found = article.occurrences(quote.quote());
        List<TextSpan> inBody = found.stream().filter(span -> article.bodySegmentContaining(span).isPresent()).toList();
        if (found.isEmpty()) {
            problems.add(quote.source().problemAt("quote", "quote not found in article '" + quote.article() + "': \""
                    + quote.quote() + "\"; the closest passage of its body is: \"" + article.closestPassage(quote.quote()) + "\""));
        } else if (inBody.isEmpty()) {
            problems.add(quote.source().problemAt("quote", "quote lies outside the body of article '" + quote.article()
                    + "' (page chrome, not the story): \"" + quote.quote() + "\""));
        } else if (inBody.size() > 1) {
            problems.add(quote.source().problemAt("quote", "quote occurs " + inBody.size() + " times in article '"
                    + quote.article() + "'; lengthen it so it is unique: \"" + quote.quote() + "\""));
        } else {
            return Optional.of(article.anchor(inBody.get(0)));
        }
        return Optional.empty();
    }

    private void checkReferences(Curation curation) {
        Set<String> partners = slugs(unique(curation.partners(), Curation.PartnerEntry::slug, Curation.PartnerEntry::source), Curation.PartnerEntry::slug);
        Set<String> people = slugs(unique(curation.people(), Curation.PersonEntry::slug, Curation.PersonEntry::source), Curation.PersonEntry::slug);
        Set<String> regulators = slugs(unique(curation.regulators(), Curation.RegulatorEntry::slug, Curation.RegulatorEntry::source), Curation.RegulatorEntry::slug);
        Set<String> rules = slugs(unique(curation.rules(), Curation.RuleEntry::slug, Curation.RuleEntry::source), Curation.RuleEntry::slug);
        Set<String> titles = slugs(unique(curation.titles(), Curation.TitleEntry::slug, Curation.TitleEntry::source), Curation.TitleEntry::slug);
        Set<String> deals = slugs(unique(curation.deals(), DealEntry::slug, DealEntry::source), DealEntry::slug);
        unique(curation.events(), EventEntry::slug, EventEntry::source);

        curation.rules().stream().filter(rule -> rule.regulator() != null)
                .forEach(rule -> require(regulators, rule.regulator(), "regulator", rule.source(), "regulator"));
        for (DealEntry deal : curation.deals()) {
            deal.partners().forEach(slug -> require(partners, slug, "partner", deal.source(), "partners"));
            deal.titles().forEach(slug -> require(titles, slug, "title", deal.source(), "titles"));
        }
        for (EventEntry event : curation.events()) {
            checkPublicationDating(event, curation);
            if (event.deal() != null) {
                require(deals, event.deal(), "deal", event.source(), "deal");
            }
            event.partners().forEach(slug -> require(partners, slug, "partner", event.source(), "partners"));
            event.titles().forEach(slug -> require(titles, slug, "title", event.source(), "titles"));
            event.regulators().forEach(slug -> require(regulators, slug, "regulator", event.source(), "regulators"));
            event.rules().forEach(slug -> require(rules, slug, "rule", event.source(), "rules"));
            event.people().forEach(slug -> require(people, slug, "person", event.source(), "people"));
        }
    }

    /** An event dated by publication must carry the publication date of an article it cites. */
    private void checkPublicationDating(EventEntry event, Curation curation) {
        if (event.datedBy() != DateBasis.PUBLISHED) {
            return;
        }
        Set<String> cited = new HashSet<>();
        event.excerpts().forEach(excerpt -> cited.add(excerpt.article()));
        boolean matches = curation.articles().stream()
                .anyMatch(article -> cited.contains(article.slug()) && article.published().equals(event.date()));
        if (!matches) {
            problems.add(event.source().problemAt("date", "dated_by is 'published' but " + event.date().display()
                    + " is not the publication date of any article the event cites"));
        }
    }

    private void require(Set<String> known, String slug, String kind, EntrySource source, String key) {
        if (!known.contains(slug)) {
            problems.add(source.problemAt(key, "unknown " + kind + " '" + slug + "'"));
        }
    }

    /** Reports every slug used twice within one list; returns the entries for chaining. */
    private <T> List<T> unique(List<T> entries, Function<T, String> slug, Function<T, EntrySource> source) {
        Map<String, T> seen = new HashMap<>();
        for (T entry : entries) {
            T earlier = seen.putIfAbsent(slug.apply(entry), entry);
            if (earlier != null) {
                problems.add(source.apply(entry).problemAt("slug", "duplicate slug '" + slug.apply(entry)
                        + "' (first used at line " + source.apply(earlier).line() + ")"));
            }
        }
        return entries;
    }

    private static <T> Set<String> slugs(List<T> entries, Function<T, String> slug) {
        Set<String> result = new HashSet<>();
        entries.forEach(entry -> result.add(slug.apply(entry)));
        return result;
    }

    private byte[] read(String file) {
        try {
            return files.read(file);
        } catch (IOException e) {
            throw new CorpusException(new CorpusProblem(files.describe(file), 0, "", "cannot read the file: " + e));
        }
    }

    private static String decode(byte[] bytes, String displayName) {
        try {
            return strictUtf8Decoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new CorpusException(notUtf8(displayName));
        }
    }

    /**
     * The curation file is read as it is parsed rather than decoded whole first: decoded, the large
     * corpus's file is a 30 MiB string, alive next to the YAML tree being built from it.
     */
    private static Reader strictUtf8(byte[] bytes) {
        return new InputStreamReader(new ByteArrayInputStream(bytes), strictUtf8Decoder());
    }

    private static CharsetDecoder strictUtf8Decoder() {
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    static CorpusProblem notUtf8(String displayName) {
        return new CorpusProblem(displayName, 0, "", "the file is not valid UTF-8");
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
