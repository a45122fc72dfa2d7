package org.beachhead.export;

import org.beachhead.corpus.CorpusException;
import org.beachhead.corpus.CorpusProblem;
import org.beachhead.corpus.InMemoryCorpus;
import org.beachhead.model.TextSpan;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Turns a {@link Dataset} back into what a corpus folder holds, a curation file and the article
 * files, so that it is verified and imported by the same code as {@code seeds/}: every quote is
 * located again in its article, every reference checked. The curation file is written with
 * SnakeYAML in block style, as a curator would write it.
 * <p>
 * A body segment is known by its offsets; the curation file names it by anchors, so each
 * segment's whole text serves as both its {@code from} and its {@code to} anchor, which locate
 * exactly that span again.
 */
final class DatasetCorpus {

    static final String CURATION_FILE = "curation.yaml";

    private DatasetCorpus() {
    }

    /** @throws CorpusException when the document is of another format or does not hold together */
    static InMemoryCorpus files(Dataset dataset, String location) {
        if (dataset.format() != Dataset.FORMAT) {
            throw new CorpusException(new CorpusProblem(location, 0, "", "dataset format " + dataset.format()
                    + " cannot be read; this version of Beachhead reads format " + Dataset.FORMAT));
        }
        Map<String, Object> curation = new LinkedHashMap<>();
        curation.put("articles", each(dataset.articles(), article -> article(article, location)));
        curation.put("partners", each(dataset.partners(), DatasetCorpus::partner));
        curation.put("people", each(dataset.people(), DatasetCorpus::person));
        curation.put("regulators", each(dataset.regulators(), DatasetCorpus::regulator));
        curation.put("rules", each(dataset.rules(), DatasetCorpus::rule));
        curation.put("titles", each(dataset.titles(), DatasetCorpus::title));
        curation.put("deals", each(dataset.deals(), DatasetCorpus::deal));
        curation.put("events", each(dataset.events(), DatasetCorpus::event));

        Map<String, byte[]> files = new HashMap<>();
        files.put(CURATION_FILE, yaml().dump(curation).getBytes(StandardCharsets.UTF_8));
        for (Dataset.Article article : orEmpty(dataset.articles())) {
            if (article.text() != null && files.put(article.file(), article.text().getBytes(StandardCharsets.UTF_8)) != null) {
                throw new CorpusException(new CorpusProblem(location, 0, "article '" + article.slug() + "'",
                        "file name '" + article.file() + "' is used twice"));
            }
        }
        return new InMemoryCorpus(location, CURATION_FILE, files);
    }

    private static Map<String, Object> article(Dataset.Article article, String location) {
        Map<String, Object> entry = entry("slug", article.slug());
        put(entry, "file", article.file());
        put(entry, "headline", article.headline());
        put(entry, "headline_supplied", article.headlineSupplied());
        put(entry, "publisher", article.publisher());
        put(entry, "published", article.published());
        put(entry, "published_basis", article.publishedBasis());
        put(entry, "published_note", article.publishedNote());
        put(entry, "published_quote", article.publishedQuote());
        put(entry, "body", each(article.body(), span -> {
            String segment = segment(article, span, location);
            Map<String, Object> anchors = entry("from", segment);
            put(anchors, "to", segment);
            return anchors;
        }));
        return entry;
    }

    private static String segment(Dataset.Article article, TextSpan span, String location) {
        String text = article.text() == null ? "" : article.text();
        if (span.end() > text.length()) {
            throw new CorpusException(new CorpusProblem(location, 0, "article '" + article.slug() + "'",
                    "body segment [" + span.start() + ", " + span.end() + ") lies beyond the end of its text"));
        }
        return text.substring(span.start(), span.end());
    }

    private static Map<String, Object> partner(Dataset.Partner partner) {
        Map<String, Object> entry = entry("slug", partner.slug());
        put(entry, "name", partner.name());
        put(entry, "chinese_name", partner.chineseName());
        put(entry, "aliases", partner.aliases());
        put(entry, "kind", partner.kind());
        put(entry, "summary", partner.summary());
        put(entry, "about", each(partner.about(), DatasetCorpus::quote));
        return entry;
    }

    private static Map<String, Object> person(Dataset.Person person) {
        Map<String, Object> entry = entry("slug", person.slug());
        put(entry, "name", person.name());
        put(entry, "role", person.role());
        put(entry, "aliases", person.aliases());
        return entry;
    }

    private static Map<String, Object> regulator(Dataset.Regulator regulator) {
        Map<String, Object> entry = entry("slug", regulator.slug());
        put(entry, "name", regulator.name());
        put(entry, "short_name", regulator.shortName());
        put(entry, "chinese_name", regulator.chineseName());
        put(entry, "summary", regulator.summary());
        put(entry, "about", each(regulator.about(), DatasetCorpus::quote));
        return entry;
    }

    private static Map<String, Object> rule(Dataset.Rule rule) {
        Map<String, Object> entry = entry("slug", rule.slug());
        put(entry, "name", rule.name());
        put(entry, "regulator", rule.regulator());
        put(entry, "summary", rule.summary());
        return entry;
    }

    private static Map<String, Object> title(Dataset.Title title) {
        Map<String, Object> entry = entry("slug", title.slug());
        put(entry, "name", title.name());
        put(entry, "chinese_name", title.chineseName());
        put(entry, "aliases", title.aliases());
        put(entry, "format", title.format());
        put(entry, "origin", title.origin());
        put(entry, "episodes", title.episodes());
        put(entry, "summary", title.summary());
        return entry;
    }

    private static Map<String, Object> deal(Dataset.Deal deal) {
        Map<String, Object> entry = entry("slug", deal.slug());
        put(entry, "name", deal.name());
        put(entry, "type", deal.type());
        put(entry, "status", deal.status());
        put(entry, "netflix_party", deal.netflixParty());
        put(entry, "partners", deal.partners());
        put(entry, "titles", deal.titles());
        put(entry, "summary", deal.summary());
        return entry;
    }

    private static Map<String, Object> event(Dataset.Event event) {
        Map<String, Object> entry = entry("slug", event.slug());
        put(entry, "date", event.date());
        put(entry, "dated_by", event.datedBy());
        put(entry, "date_note", event.dateNote());
        put(entry, "date_quote", event.dateQuote() == null ? null : quote(event.dateQuote()));
        put(entry, "kind", event.kind());
        put(entry, "headline", event.headline());
        put(entry, "deal", event.deal());
        put(entry, "partners", event.partners());
        put(entry, "titles", event.titles());
        put(entry, "regulators", event.regulators());
        put(entry, "rules", event.rules());
        put(entry, "people", event.people());
        put(entry, "excerpts", each(event.excerpts(), DatasetCorpus::quote));
        return entry;
    }

    /** The exact text is a valid curated quote: it matches itself, and the verifier finds its offsets again. */
    private static Map<String, Object> quote(Dataset.Quote quote) {
        Map<String, Object> entry = entry("article", quote.article());
        put(entry, "quote", quote.quote());
        return entry;
    }

    private static Map<String, Object> entry(String key, Object value) {
        Map<String, Object> entry = new LinkedHashMap<>();
        put(entry, key, value);
        return entry;
    }

    /** Leaves out what the document does not have, as the curation file does (it has no null values). */
    private static void put(Map<String, Object> entry, String key, Object value) {
        if (value != null) {
            entry.put(key, value);
        }
    }

    private static <T> List<Map<String, Object>> each(List<T> items, Function<T, Map<String, Object>> write) {
        return orEmpty(items).stream().map(write).toList();
    }

    /** A document may leave out an empty list. */
    private static <T> List<T> orEmpty(List<T> items) {
        return items == null ? List.of() : items;
    }

    private static Yaml yaml() {
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setAllowUnicode(true);
        options.setIndent(2);
        // Quotes stay on one line each: nothing for a reader to unfold.
        options.setSplitLines(false);
        // A list shared by two entries (such as one empty list) is written out twice, not as a YAML
        // alias: the curation parser, like a curator, expects plain values.
        options.setDereferenceAliases(true);
        return new Yaml(options);
    }
}
