package org.beachhead.workbench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A claim (an event) as the edit form and the API's PUT give it: every key of its entry but the slug, which names
 * it. Organisations, people, titles, regulators, rules and linked claims are comma-separated slugs; an excerpt
 * whose quote is left empty is removed.
 */
record ClaimEdit(Integer basedOn, String kind, String date, String datedBy, String dateNote, String dateNoteZh,
                 String dateQuoteArticle, String dateQuote, String attribution, String speaker, String relayedFrom,
                 String certainty, String deal, String partners, String backers, String rivals, String suppliers,
                 String mentioned, String titles, String regulators, String rules, String people, String contradicts,
                 String revises, String reportsAgain, Boolean key, String headline, String headlineZh,
                 List<ExcerptDraft> excerpts) {

    /** An excerpt: an article's slug and the passage, verbatim. */
    record ExcerptDraft(String article, String quote) {
    }

    ClaimEdit {
        excerpts = excerpts == null ? List.of() : excerpts.stream().filter(Objects::nonNull).toList();
    }

    /** The entry's values as the form shows them, based on {@code version}. */
    static ClaimEdit of(int version, Map<String, Object> values) {
        List<ExcerptDraft> excerpts = new ArrayList<>();
        if (values.get("excerpts") instanceof List<?> list) {
            list.forEach(item -> excerpts.add(new ExcerptDraft(text((Map<?, ?>) item, "article"), text((Map<?, ?>) item, "quote"))));
        }
        Map<?, ?> dateQuote = values.get("date_quote") instanceof Map<?, ?> map ? map : Map.of();
        return new ClaimEdit(version, text(values, "kind"), text(values, "date"), text(values, "dated_by"),
                text(values, "date_note"), text(values, "date_note_zh"), text(dateQuote, "article"), text(dateQuote, "quote"),
                text(values, "attribution"), text(values, "speaker"), text(values, "relayed_from"),
                text(values, "certainty"), text(values, "deal"), text(values, "partners"), text(values, "backers"),
                text(values, "rivals"), text(values, "suppliers"), text(values, "mentioned"), text(values, "titles"),
                text(values, "regulators"), text(values, "rules"), text(values, "people"), text(values, "contradicts"),
                text(values, "revises"), text(values, "reports_again"), "true".equals(values.get("key")),
                text(values, "headline"), text(values, "headline_zh"), excerpts);
    }

    ClaimEdit withBasedOn(int version) {
        return new ClaimEdit(version, kind, date, datedBy, dateNote, dateNoteZh, dateQuoteArticle, dateQuote, attribution,
                speaker, relayedFrom, certainty, deal, partners, backers, rivals, suppliers, mentioned, titles, regulators,
                rules, people, contradicts, revises, reportsAgain, key, headline, headlineZh, excerpts);
    }

    /** The excerpts, and one empty row more for the form to add one without JavaScript. */
    public List<ExcerptDraft> excerptRows() {
        List<ExcerptDraft> rows = new ArrayList<>(excerpts);
        rows.add(new ExcerptDraft("", ""));
        return rows;
    }

    private static String text(Map<?, ?> values, String key) {
        Object value = values.get(key);
        if (value instanceof List<?> list) {
            return String.join(", ", list.stream().map(String::valueOf).toList());
        }
        return value == null ? "" : String.valueOf(value);
    }
}
