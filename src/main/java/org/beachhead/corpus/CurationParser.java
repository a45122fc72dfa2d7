package org.beachhead.corpus;

import org.beachhead.common.DateBasis;
import org.beachhead.common.PartialDate;
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
import org.beachhead.model.Attribution;
import org.beachhead.model.Certainty;
import org.beachhead.model.ClaimRelation;
import org.beachhead.model.DealStatus;
import org.beachhead.model.DealType;
import org.beachhead.model.PartnerKind;
import org.beachhead.model.Role;
import org.beachhead.model.EventKind;
import org.beachhead.model.TitleFormat;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;

import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/** Reads the curation file's text into a {@link Curation}, rejecting what is malformed with its line. */
final class CurationParser {

    private static final Set<String> TOP_LEVEL = Set.of("articles", "partners", "people", "regulators", "rules",
            "titles", "deals", "events", "questions", "retired");

    /** A curation file's content, and what it declares removed since the corpus loaded before. */
    record Parsed(Curation curation, Retired retired) {
    }

    /** The curation file's key for each role other than party, under an event or a deal. */
    private static final List<Map.Entry<String, Role>> ROLE_KEYS = List.of(Map.entry("backers", Role.BACKER),
            Map.entry("rivals", Role.RIVAL), Map.entry("suppliers", Role.SUPPLIER), Map.entry("mentioned", Role.MENTIONED));

    /** The curation file's key for each kind of link from an event to others. */
    private static final List<Map.Entry<String, ClaimRelation>> LINK_KEYS = List.of(
            Map.entry("contradicts", ClaimRelation.CONTRADICTS), Map.entry("revises", ClaimRelation.REVISES),
            Map.entry("reports_again", ClaimRelation.REPORTS_AGAIN));

    private CurationParser() {
    }

    static Parsed parse(String file, Reader yaml) {
        YamlEntry root = new YamlEntry(file, compose(file, yaml), "the file").allowOnly(TOP_LEVEL);
        return new Parsed(curation(root), retired(root));
    }

    private static Retired retired(YamlEntry root) {
        return root.optionalEntry("retired", "retired").map(retired -> {
            retired.allowOnly(Set.of("articles", "events", "deals", "excerpts"));
            return new Retired(Set.copyOf(retired.texts("articles")), Set.copyOf(retired.texts("events")),
                    Set.copyOf(retired.texts("deals")), Set.copyOf(retired.texts("excerpts")));
        }).orElse(Retired.NONE);
    }

    private static Curation curation(YamlEntry root) {
        return new Curation(
                each(root, "articles", "article", CurationParser::article),
                each(root, "partners", "partner", CurationParser::partner),
                each(root, "people", "person", CurationParser::person),
                each(root, "regulators", "regulator", CurationParser::regulator),
                each(root, "rules", "rule", CurationParser::rule),
                each(root, "titles", "title", CurationParser::title),
                each(root, "deals", "deal", CurationParser::deal),
                each(root, "events", "event", CurationParser::event),
                each(root, "questions", "question", CurationParser::question));
    }

    private static Node compose(String file, Reader yaml) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        // SnakeYAML's default 3 MiB guard is for untrusted input; the curation file is the operator's own
        // and grows with the corpus (a 20,000-event corpus is about 20 MiB).
        options.setCodePointLimit(Integer.MAX_VALUE);
        try {
            Node node = LightComposer.compose(file, yaml, options);
            if (node == null) {
                throw new CorpusException(new CorpusProblem(file, 0, "", "the file is empty"));
            }
            return node;
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
            throw new CorpusException(new CorpusProblem(file, line, "", "not valid YAML: " + e.getProblem()));
        } catch (YAMLException e) {
            if (e.getCause() instanceof CharacterCodingException) {
                throw new CorpusException(CorpusVerifier.notUtf8(file));
            }
            throw new CorpusException(new CorpusProblem(file, 0, "", "not valid YAML: " + e.getMessage()));
        }
    }

    /** Reads each item of a top-level list, naming it by its slug in any later message. */
    private static <T> List<T> each(YamlEntry root, String key, String kind, Function<YamlEntry, T> reader) {
        return root.entries(key, kind).stream()
                .map(item -> item.describedAs(kind + " '" + item.optionalText("slug").orElse("?") + "'"))
                .map(reader)
                .toList();
    }

    private static ArticleEntry article(YamlEntry entry) {
        entry.allowOnly(Set.of("slug", "file", "headline", "headline_zh", "headline_supplied", "publisher", "published",
                "published_basis", "published_note", "published_note_zh", "published_quote", "body"));
        List<BodyEntry> body = entry.entries("body", entry.description() + " body segment").stream()
                .map(segment -> segment.allowOnly(Set.of("from", "to")))
                .map(segment -> new BodyEntry(segment.text("from"), segment.text("to"), null, null, segment.source()))
                .toList();
        return new ArticleEntry(entry.text("slug"), entry.text("file"), null, entry.text("headline"),
                optional(entry, "headline_zh"), entry.flag("headline_supplied", false),
                entry.optionalText("publisher").orElse(null), date(entry, "published"),
                entry.code("published_basis", DateBasis.class), entry.text("published_note"),
                optional(entry, "published_note_zh"), entry.optionalText("published_quote").orElse(null), null, body,
                entry.source());
    }

    private static PartnerEntry partner(YamlEntry entry) {
        entry.allowOnly(Set.of("slug", "name", "chinese_name", "aliases", "kind", "summary", "summary_zh", "about"));
        return new PartnerEntry(entry.text("slug"), entry.text("name"), optional(entry, "chinese_name"),
                entry.texts("aliases"), entry.code("kind", PartnerKind.class), entry.text("summary"),
                optional(entry, "summary_zh"), quotes(entry, "about"), entry.source());
    }

    private static PersonEntry person(YamlEntry entry) {
        entry.allowOnly(Set.of("slug", "name", "chinese_name", "role", "role_zh", "aliases"));
        return new PersonEntry(entry.text("slug"), entry.text("name"), optional(entry, "chinese_name"),
                entry.text("role"), optional(entry, "role_zh"), entry.texts("aliases"), entry.source());
    }

    private static RegulatorEntry regulator(YamlEntry entry) {
        entry.allowOnly(Set.of("slug", "name", "short_name", "chinese_name", "summary", "summary_zh", "about"));
        return new RegulatorEntry(entry.text("slug"), entry.text("name"), optional(entry, "short_name"),
                optional(entry, "chinese_name"), entry.text("summary"), optional(entry, "summary_zh"),
                quotes(entry, "about"), entry.source());
    }

    private static RuleEntry rule(YamlEntry entry) {
        entry.allowOnly(Set.of("slug", "name", "chinese_name", "regulator", "summary", "summary_zh"));
        return new RuleEntry(entry.text("slug"), entry.text("name"), optional(entry, "chinese_name"),
                optional(entry, "regulator"), entry.text("summary"), optional(entry, "summary_zh"), entry.source());
    }

    private static TitleEntry title(YamlEntry entry) {
        entry.allowOnly(Set.of("slug", "name", "chinese_name", "aliases", "format", "origin", "origin_zh", "episodes",
                "episodes_zh", "summary", "summary_zh"));
        return new TitleEntry(entry.text("slug"), entry.text("name"), optional(entry, "chinese_name"),
                entry.texts("aliases"), entry.code("format", TitleFormat.class), entry.text("origin"),
                optional(entry, "origin_zh"), optional(entry, "episodes"), optional(entry, "episodes_zh"),
                entry.text("summary"), optional(entry, "summary_zh"), entry.source());
    }

    private static DealEntry deal(YamlEntry entry) {
        entry.allowOnly(withRoleKeys("slug", "name", "chinese_name", "type", "status", "netflix_party", "partners",
                "titles", "summary", "summary_zh"));
        return new DealEntry(entry.text("slug"), entry.text("name"), optional(entry, "chinese_name"),
                entry.code("type", DealType.class),
                entry.code("status", DealStatus.class), entry.flag("netflix_party", true), entry.texts("partners"),
                others(entry), entry.texts("titles"), entry.text("summary"), optional(entry, "summary_zh"),
                entry.source());
    }

    private static EventEntry event(YamlEntry entry) {
        entry.allowOnly(withRoleKeys("slug", "date", "dated_by", "date_note", "date_note_zh", "date_quote", "kind",
                "headline", "headline_zh", "attribution", "speaker", "relayed_from", "certainty", "deal", "partners", "titles",
                "regulators", "rules", "people", "contradicts", "revises", "reports_again", "key", "excerpts"));
        QuoteEntry dateQuote = entry.optionalEntry("date_quote", entry.description() + " date_quote")
                .map(CurationParser::quote).orElse(null);
        ClaimEntry claim = new ClaimEntry(entry.code("attribution", Attribution.class),
                entry.optionalText("speaker").orElse(null), entry.optionalText("relayed_from").orElse(null),
                entry.code("certainty", Certainty.class));
        List<LinkEntry> links = new ArrayList<>();
        LINK_KEYS.forEach(link -> entry.texts(link.getKey()).forEach(slug -> links.add(new LinkEntry(slug, link.getValue()))));
        return new EventEntry(entry.text("slug"), date(entry, "date"), entry.code("dated_by", DateBasis.class),
                optional(entry, "date_note"), optional(entry, "date_note_zh"), dateQuote,
                entry.code("kind", EventKind.class), entry.text("headline"), optional(entry, "headline_zh"), claim, entry.optionalText("deal").orElse(null), entry.texts("partners"),
                others(entry), entry.texts("titles"), entry.texts("regulators"), entry.texts("rules"),
                entry.texts("people"), links, entry.flag("key", false) ? Boolean.TRUE : null, quotes(entry, "excerpts"), entry.source());
    }

    private static QuestionEntry question(YamlEntry entry) {
        entry.allowOnly(Set.of("slug", "question", "question_zh", "sides"));
        List<SideEntry> sides = entry.entries("sides", entry.description() + " side").stream()
                .map(side -> side.allowOnly(Set.of("answer", "answer_zh", "events")))
                .map(side -> new SideEntry(side.text("answer"), optional(side, "answer_zh"), side.texts("events")))
                .toList();
        return new QuestionEntry(entry.text("slug"), entry.text("question"), optional(entry, "question_zh"), sides,
                entry.source());
    }

    private static List<RoleEntry> others(YamlEntry entry) {
        List<RoleEntry> others = new ArrayList<>();
        ROLE_KEYS.forEach(role -> entry.texts(role.getKey()).forEach(slug -> others.add(new RoleEntry(slug, role.getValue()))));
        return others;
    }

    private static Set<String> withRoleKeys(String... keys) {
        Set<String> all = new HashSet<>(List.of(keys));
        ROLE_KEYS.forEach(role -> all.add(role.getKey()));
        return all;
    }

    private static List<QuoteEntry> quotes(YamlEntry entry, String key) {
        return entry.entries(key, entry.description() + " " + key).stream().map(CurationParser::quote).toList();
    }

    private static QuoteEntry quote(YamlEntry entry) {
        entry.allowOnly(Set.of("article", "quote"));
        return new QuoteEntry(entry.text("article"), entry.text("quote"), null, null, entry.source());
    }

    private static String optional(YamlEntry entry, String key) {
        return entry.optionalText(key).orElse(null);
    }

    private static PartialDate date(YamlEntry entry, String key) {
        try {
            return PartialDate.parse(entry.text(key));
        } catch (IllegalArgumentException e) {
            throw entry.errorAt(key, "invalid date in '" + key + "': " + e.getMessage());
        }
    }
}
