package org.beachhead.corpus;

import org.beachhead.common.DateBasis;
import org.beachhead.corpus.Curation.ArticleEntry;
import org.beachhead.corpus.Curation.BodyEntry;
import org.beachhead.corpus.Curation.DealEntry;
import org.beachhead.corpus.Curation.EventEntry;
import org.beachhead.corpus.Curation.PartnerEntry;
import org.beachhead.corpus.Curation.PersonEntry;
import org.beachhead.corpus.Curation.QuoteEntry;
import org.beachhead.corpus.Curation.RegulatorEntry;
import org.beachhead.corpus.Curation.RuleEntry;
import org.beachhead.corpus.Curation.TitleEntry;
import org.beachhead.corpus.VerifiedCorpus.VerifiedArticle;
import org.beachhead.model.LocatedQuote;
import org.beachhead.model.TextSpan;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
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
import java.util.TreeMap;
import java.util.function.BiConsumer;
import java.util.function.Function;

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
    static final int IMPORT_FORMAT = 4;

    /** The curation's files; none for a curation that carries its articles' texts. */
    private final CorpusFiles files;
    /** Where the curation comes from, for problems that have no line: its file, or the dataset document. */
    private final String location;
    private final List<CorpusProblem> problems = new ArrayList<>();
    /** Each article file's hash as captured; empty for a curation that carries its articles' texts. */
    private final Manifest manifest;
    /** Articles refused (unreadable, altered): their quotes are not looked for, so the one cause is reported once. */
    private final Set<String> refused = new HashSet<>();
    private final Review review;

    private CorpusVerifier(CorpusFiles files, String location, Manifest manifest, Review review) {
        this.files = files;
        this.location = location;
        this.manifest = manifest;
        this.review = review;
    }

    /** @throws CorpusException listing every problem, when there is any */
    public static VerifiedCorpus verify(Path folder, String curationFile) {
        return verify(new FolderCorpus(folder, curationFile));
    }

    /**
     * Verifies a corpus of files: the curation file, read with every value's line, and the articles it names.
     *
     * @throws CorpusException listing every problem, when there is any
     */
    public static VerifiedCorpus verify(CorpusFiles files) {
        return verify(files, Review.ALL);
    }

    /**
     * Verifies the entries of a corpus of files that {@code review} names, the others being context. The content
     * hash is that of the files as they are, so a part of a version (its curation file cut down to what a change
     * touches) is given the hash of the whole version by its caller.
     */
    static VerifiedCorpus verify(CorpusFiles files, Review review) {
        String displayName = files.describe(files.curationFile());
        byte[] curationBytes = read(files, files.curationFile());
        requireEndMarker(displayName, curationBytes);
        CurationParser.Parsed parsed = CurationParser.parse(displayName, strictUtf8(curationBytes));
        Manifest manifest = Manifest.read(files);
        return new CorpusVerifier(files, displayName, manifest, review).run(parsed.curation(), parsed.retired(),
                curationBytes);
    }

    /**
     * Verifies a curation that carries its articles' texts, as a dataset document does. Its content hash is
     * that of the curation as JSON, so the same curation read from another document is not imported again.
     *
     * @throws CorpusException listing every problem, when there is any
     */
    public static VerifiedCorpus verify(Curation curation, String location) {
        byte[] identity = CurationJson.mapper(JsonMapper.builder().build()).writeValueAsBytes(curation);
        return new CorpusVerifier(null, location, null, Review.ALL).run(curation, Retired.NONE, identity);
    }

    /**
     * A curation file cut short at a line boundary is still valid YAML, and would load as a smaller
     * corpus; its last line is the YAML end-of-document marker so that a cut is told from an edit.
     */
    private static void requireEndMarker(String displayName, byte[] bytes) {
        int end = bytes.length;
        while (end > 0 && Character.isWhitespace(bytes[end - 1])) {
            end--;
        }
        int lineStart = end;
        while (lineStart > 0 && bytes[lineStart - 1] != '\n') {
            lineStart--;
        }
        String lastLine = new String(bytes, lineStart, end - lineStart, StandardCharsets.UTF_8);
        if (!lastLine.equals("...")) {
            int lines = 0;
            for (int i = 0; i < end; i++) {
                lines += bytes[i] == '\n' ? 1 : 0;
            }
            throw new CorpusException(new CorpusProblem(displayName, lines + 1, "", end == 0 ? "the file is empty"
                    : "the file is truncated: it ends at line " + (lines + 1) + " without its closing line '...'"
                    + " (the YAML end of document), so what follows may be missing; nothing was read"));
        }
    }

    private VerifiedCorpus run(Curation curation, Retired retired, byte[] curationIdentity) {
        Map<String, String> articleFiles = new HashMap<>();
        Curation reviewed = review.of(curation);
        Map<String, VerifiedArticle> articles = new LinkedHashMap<>();
        Map<String, ArticleText> texts = new HashMap<>();
        if (manifest != null) {
            problems.addAll(manifest.problems());
        }
        unique("article", curation.articles(), ArticleEntry::slug, ArticleEntry::source);
        for (ArticleEntry entry : curation.articles()) {
            verifyArticle(entry).ifPresentOrElse(article -> {
                articleFiles.put(entry.file(), article.sha256());
                articles.put(entry.slug(), article);
                texts.put(entry.slug(), new ArticleText(article.text(), article.body()));
            }, () -> refused.add(entry.slug()));
        }
        if (files != null && review.all()) {
            reportUncuratedArticles(curation);
        }

        Map<QuoteEntry, LocatedQuote> quotes = new HashMap<>();
        BiConsumer<String, QuoteEntry> locate = (entry, quote) ->
                locate(entry, quote, texts).ifPresent(found -> quotes.put(quote, found));
        reviewed.partners().forEach(partner -> partner.about().forEach(quote -> locate.accept(name("partner", partner.slug()) + " about", quote)));
        reviewed.regulators().forEach(regulator -> regulator.about().forEach(quote -> locate.accept(name("regulator", regulator.slug()) + " about", quote)));
        for (EventEntry event : reviewed.events()) {
            event.excerpts().forEach(quote -> locate.accept(name("event", event.slug()) + " excerpts", quote));
            if (event.dateQuote() != null) {
                locate.accept(name("event", event.slug()) + " date_quote", event.dateQuote());
            }
        }

        checkReferences(curation, reviewed);

        if (!problems.isEmpty()) {
            throw new CorpusException(problems);
        }
        return new VerifiedCorpus(curation, retired, location, contentHash(sha256Hex(curationIdentity), articleFiles),
                articles, quotes);
    }

    /**
     * Identifies what an import loads: the curation (its file's bytes, or a dataset's records) and every article
     * file by name and SHA-256. Made of hashes alone, so that a saved version's is known from its list of files.
     */
    static String contentHash(String curationSha256, Map<String, String> articleFiles) {
        StringBuilder identity = new StringBuilder("import-format-").append(IMPORT_FORMAT).append('\n')
                .append(curationSha256).append('\n');
        new TreeMap<>(articleFiles).forEach((file, sha256) -> identity.append(file).append(' ').append(sha256).append('\n'));
        return sha256Hex(identity.toString().getBytes(StandardCharsets.UTF_8));
    }

    private Optional<VerifiedArticle> verifyArticle(ArticleEntry entry) {
        String article = name("article", entry.slug());
        if (entry.publishedBasis() == DateBasis.PUBLISHED) {
            report(entry.source(), article, null, "'published_basis' of an article is 'stated' or 'inferred'");
        }
        if (entry.body().isEmpty()) {
            report(entry.source(), article, null, "'body' is missing: list the segments of the file that are the story");
        }
        String name = entry.file();
        if (name == null || name.contains("/") || name.contains("\\") || name.startsWith(".")) {
            report(entry.source(), article, "file", "'" + name + "' must be a plain file name"
                    + (files == null ? "" : " in " + files.location()));
            return Optional.empty();
        }
        byte[] bytes;
        String text;
        String sha256;
        if (files == null) {
            if (entry.text() == null) {
                report(entry.source(), article, "text", "'text' is missing");
                return Optional.empty();
            }
            text = entry.text();
            bytes = text.getBytes(StandardCharsets.UTF_8);
            sha256 = sha256Hex(bytes);
        } else if (!files.exists(name)) {
            report(entry.source(), article, "file", "article file '" + files.describe(name) + "' does not exist");
            return Optional.empty();
        } else {
            try {
                bytes = read(files, name);
                if (!manifest.usable()) {
                    return Optional.empty();
                }
                sha256 = sha256Hex(bytes);
                Optional<CorpusProblem> altered = manifest.mismatch(name, sha256, files.describe(name));
                if (altered.isPresent()) {
                    problems.add(altered.get());
                    return Optional.empty();
                }
                text = decode(bytes, files.describe(name));
            } catch (CorpusException e) {
                problems.addAll(e.problems());
                return Optional.empty();
            }
        }
        ArticleText whole = new ArticleText(text);
        if (entry.publishedQuote() != null && whole.occurrences(entry.publishedQuote()).isEmpty()) {
            report(entry.source(), article, "published_quote",
                    "published_quote \"" + entry.publishedQuote() + "\" is not in " + name);
        }
        List<TextSpan> body = new ArrayList<>();
        int searchFrom = 0;
        for (BodyEntry segment : entry.body()) {
            Optional<TextSpan> span = segment.from() == null
                    ? spanAt(segment, searchFrom, text.length(), article + " body segment")
                    : anchoredSpan(segment, whole, searchFrom, name, article + " body segment");
            span.ifPresent(body::add);
            searchFrom = span.map(TextSpan::end).orElse(searchFrom);
        }
        return Optional.of(new VerifiedArticle(entry, sha256, text, body));
    }

    /** A segment named by its anchors: from the first {@code from} after the previous segment to the first {@code to} after that. */
    private Optional<TextSpan> anchoredSpan(BodyEntry segment, ArticleText whole, int searchFrom, String name, String entry) {
        Optional<TextSpan> start = whole.firstOccurrence(segment.from(), searchFrom);
        if (start.isEmpty()) {
            report(segment.source(), entry, "from", "body anchor 'from' \"" + segment.from() + "\" is not in "
                    + name + (searchFrom > 0 ? " after the previous body segment" : ""));
            return Optional.empty();
        }
        Optional<TextSpan> end = whole.firstOccurrence(segment.to(), start.get().start());
        if (end.isEmpty()) {
            report(segment.source(), entry, "to", "body anchor 'to' \"" + segment.to() + "\" is not in "
                    + name + " after its 'from' anchor");
            return Optional.empty();
        }
        return Optional.of(new TextSpan(start.get().start(), end.get().end()));
    }

    /** A segment named by its offsets, as a dataset document gives it. */
    private Optional<TextSpan> spanAt(BodyEntry segment, int searchFrom, int length, String entry) {
        Integer start = segment.start();
        Integer end = segment.end();
        if (start == null || end == null || start < searchFrom || end < start || end > length) {
            report(segment.source(), entry, null, "body segment [" + start + ", " + end + ") is not a span of the text"
                    + " (" + length + " characters) after the previous segment");
            return Optional.empty();
        }
        return Optional.of(new TextSpan(start, end));
    }

    private void reportUncuratedArticles(Curation curation) {
        Set<String> curated = new HashSet<>();
        curation.articles().forEach(article -> curated.add(article.file()));
        try {
            files.list().stream()
                    .filter(name -> name.endsWith(".txt") && !curated.contains(name))
                    .sorted()
                    .forEach(name -> problems.add(new CorpusProblem(location, 0, "",
                            "article file '" + name + "' is in " + files.location() + " but has no entry under 'articles'")));
        } catch (IOException e) {
            problems.add(new CorpusProblem(files.location(), 0, "", "cannot list the folder: " + e.getMessage()));
        }
    }

    private Optional<LocatedQuote> locate(String entry, QuoteEntry quote, Map<String, ArticleText> texts) {
        ArticleText article = texts.get(quote.article());
        if (article == null && refused.contains(quote.article())) {
            return Optional.empty();
        }
        if (article == null) {
            report(quote.source(), entry, "article", "unknown article '" + quote.article() + "'");
            return Optional.empty();
        }
        List<TextSpan> found = article.occurrences(quote.quote());
        List<TextSpan> inBody = found.stream().filter(span -> article.bodySegmentContaining(span).isPresent()).toList();
        if (found.isEmpty()) {
            report(quote.source(), entry, "quote", "quote not found in article '" + quote.article() + "': \""
                    + quote.quote() + "\"; the closest passage of its body is: \"" + article.closestPassage(quote.quote()) + "\"");
        } else if (inBody.isEmpty()) {
            report(quote.source(), entry, "quote", "quote lies outside the body of article '" + quote.article()
                    + "' (page chrome, not the story): \"" + quote.quote() + "\"");
        } else if (inBody.size() > 1) {
            report(quote.source(), entry, "quote", "quote occurs " + inBody.size() + " times in article '"
                    + quote.article() + "'; lengthen it so it is unique: \"" + quote.quote() + "\"");
        } else {
            return Optional.of(article.anchor(inBody.get(0)));
        }
        return Optional.empty();
    }

    /** Checks the reviewed entries against the slugs of the whole file, and the claim and language rules. */
    private void checkReferences(Curation curation, Curation reviewed) {
        Set<String> partners = review.known("partners", unique("partner", curation.partners(), PartnerEntry::slug, PartnerEntry::source));
        Set<String> people = review.known("people", unique("person", curation.people(), PersonEntry::slug, PersonEntry::source));
        Set<String> regulators = review.known("regulators", unique("regulator", curation.regulators(), RegulatorEntry::slug, RegulatorEntry::source));
        Set<String> rules = review.known("rules", unique("rule", curation.rules(), RuleEntry::slug, RuleEntry::source));
        Set<String> titles = review.known("titles", unique("title", curation.titles(), TitleEntry::slug, TitleEntry::source));
        Set<String> deals = review.known("deals", unique("deal", curation.deals(), DealEntry::slug, DealEntry::source));
        Set<String> events = review.known("events", unique("event", curation.events(), EventEntry::slug, EventEntry::source));

        reviewed.rules().stream().filter(rule -> rule.regulator() != null).forEach(rule ->
                require(regulators, rule.regulator(), "regulator", rule.source(), name("rule", rule.slug()), "regulator"));
        for (DealEntry deal : reviewed.deals()) {
            String entry = name("deal", deal.slug());
            deal.partners().forEach(slug -> require(partners, slug, "partner", deal.source(), entry, "partners"));
            deal.titles().forEach(slug -> require(titles, slug, "title", deal.source(), entry, "titles"));
        }
        for (EventEntry event : reviewed.events()) {
            String entry = name("event", event.slug());
            checkDating(event, entry, curation);
            if (event.excerpts().isEmpty()) {
                report(event.source(), entry, "excerpts",
                        "'excerpts' is missing or empty: every event needs at least one verbatim excerpt");
            }
            if (event.deal() != null) {
                require(deals, event.deal(), "deal", event.source(), entry, "deal");
            }
            event.partners().forEach(slug -> require(partners, slug, "partner", event.source(), entry, "partners"));
            event.titles().forEach(slug -> require(titles, slug, "title", event.source(), entry, "titles"));
            event.regulators().forEach(slug -> require(regulators, slug, "regulator", event.source(), entry, "regulators"));
            event.rules().forEach(slug -> require(rules, slug, "rule", event.source(), entry, "rules"));
            event.people().forEach(slug -> require(people, slug, "person", event.source(), entry, "people"));
            event.others().forEach(other -> require(partners, other.partner(), "partner", event.source(), entry, "partners"));
            if (event.claim().speaker() != null) {
                require(people, event.claim().speaker(), "person", event.source(), entry, "speaker");
            }
        }
        for (DealEntry deal : reviewed.deals()) {
            deal.others().forEach(other -> require(partners, other.partner(), "partner", deal.source(), name("deal", deal.slug()), "partners"));
        }
        new ClaimRules(curation, reviewed, events, this::report).check();
        new ChineseTexts(this::report).check(reviewed);
    }

    /**
     * A date not taken from publication says how it was established; one dated by publication must
     * carry the publication date of an article the event cites.
     */
    private void checkDating(EventEntry event, String entry, Curation curation) {
        if (event.datedBy() != DateBasis.PUBLISHED) {
            if (event.dateNote() == null) {
                report(event.source(), entry, null,
                        "'date_note' is missing: say how a " + event.datedBy().code() + " date was established");
            }
            return;
        }
        Set<String> cited = new HashSet<>();
        event.excerpts().forEach(excerpt -> cited.add(excerpt.article()));
        boolean matches = curation.articles().stream()
                .anyMatch(article -> cited.contains(article.slug()) && article.published().equals(event.date()));
        if (!matches) {
            report(event.source(), entry, "date", "dated_by is 'published' but " + event.date().display()
                    + " is not the publication date of any article the event cites");
        }
    }

    private void require(Set<String> known, String slug, String kind, EntrySource source, String entry, String key) {
        if (!known.contains(slug)) {
            report(source, entry, key, "unknown " + kind + " '" + slug + "'");
        }
    }

    /** Reports every slug used twice within one list; returns the slugs. */
    private <T> Set<String> unique(String kind, List<T> entries, Function<T, String> slug, Function<T, EntrySource> source) {
        Map<String, T> seen = new HashMap<>();
        for (T entry : entries) {
            T earlier = seen.putIfAbsent(slug.apply(entry), entry);
            if (earlier != null) {
                EntrySource first = source.apply(earlier);
                report(source.apply(entry), name(kind, slug.apply(entry)), "slug", "duplicate slug '" + slug.apply(entry)
                        + "' (first used " + (first == null ? "earlier" : "at line " + first.line()) + ")");
            }
        }
        return seen.keySet();
    }

    /** How problems name an entry: "event 'bardo-announced'". */
    private static String name(String kind, String slug) {
        return kind + " '" + slug + "'";
    }

    /** A problem at the value of {@code key} (or at the entry), by line where the entry was read from a file. */
    private void report(EntrySource source, String entry, String key, String message) {
        problems.add(source == null ? new CorpusProblem(location, 0, entry, message) : source.problemAt(key, entry, message));
    }

    private static byte[] read(CorpusFiles files, String file) {
        try {
            return files.read(file);
        } catch (IOException e) {
            throw new CorpusException(new CorpusProblem(files.describe(file), 0, "", "cannot read the file: " + e));
        }
    }

    private static String decode(byte[] bytes, String displayName) {
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = strictUtf8Decoder().decode(in, out, true);
        if (result.isError()) {
            // Named by line and byte, so that the one bad character can be found in a long article.
            int line = 1;
            for (int i = 0; i < in.position(); i++) {
                line += bytes[i] == '\n' ? 1 : 0;
            }
            throw new CorpusException(new CorpusProblem(displayName, line, "", String.format(
                    "the file is not valid UTF-8: byte %d is 0x%02x", in.position() + 1, bytes[in.position()] & 0xff)));
        }
        return out.flip().toString();
    }

    /**
     * The curation file is read as it is parsed rather than decoded whole first, so a large corpus's
     * file is not alive as one string next to the YAML tree being built from it.
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

    static String sha256Hex(byte[] bytes) {
        return HexFormat.of().formatHex(sha256().digest(bytes));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
