package org.beachhead.workbench;

import org.beachhead.common.DateBasis;
import org.beachhead.common.NotFoundException;
import org.beachhead.corpus.CorpusHistory;
import org.beachhead.model.Attribution;
import org.beachhead.model.Certainty;
import org.beachhead.model.EventKind;
import org.springframework.stereotype.Service;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.beachhead.workbench.CurationEdits.code;
import static org.beachhead.workbench.CurationEdits.require;
import static org.beachhead.workbench.CurationEdits.requireSlug;
import static org.beachhead.workbench.CurationEdits.slugList;
import static org.beachhead.workbench.CurationText.words;

/**
 * Edits of claims that exist: an event's entry rewritten from the edit form, or removed and declared retired. Like
 * every edit, each is a new version of the curation file, verified whole and applied by {@link CorpusHistory}.
 */
@Service
class ClaimEdits {

    private final CorpusHistory history;
    private final CurationEdits edits;

    ClaimEdits(CorpusHistory history, CurationEdits edits) {
        this.history = history;
        this.edits = edits;
    }

    /**
     * The claim as the newest version's file gives it.
     *
     * @throws NotFoundException naming the event when the newest version has none with this slug
     */
    ClaimEdit claim(String slug) {
        int newest = edits.newest();
        return ClaimEdit.of(newest, entry(history.curationText(newest), slug).values());
    }

    /**
     * Replaces the event's entry, and only it; an excerpt it no longer has is declared under {@code retired: excerpts:},
     * as the verifier asks of a version that removes one.
     */
    CorpusHistory.Version edit(String slug, ClaimEdit edit, String editor) {
        if (edit.basedOn() == null) {
            throw DraftRefused.inField("basedOn", "edit.refused.no-version");
        }
        String before = history.curationText(edit.basedOn());
        EventEntryText entry = entry(before, slug);
        Map<String, Object> values = values(slug, edit);
        String after = entry.replacedIn(before, entry.rewritten(values));
        if (after.equals(before)) {
            throw new DraftRefused("edit.refused.unchanged");
        }
        if (losesExcerpts(entry, values)) {
            after = declareRetired(after, "excerpts", slug);
        }
        return edits.save(edit.basedOn(), editor, "Edit claim " + slug,
                Map.of(history.curationFile(), after.getBytes(StandardCharsets.UTF_8)));
    }

    /** Removes the event's entry and lists its slug under {@code retired: events:}. */
    CorpusHistory.Version retire(String slug, int basedOn, String editor) {
        String before = history.curationText(basedOn);
        String after = declareRetired(entry(before, slug).removedFrom(before), "events", slug);
        return edits.save(basedOn, editor, "Retire claim " + slug,
                Map.of(history.curationFile(), after.getBytes(StandardCharsets.UTF_8)));
    }

    private static EventEntryText entry(String curation, String slug) {
        return EventEntryText.find(curation, slug).orElseThrow(() -> new NotFoundException("event", slug));
    }

    private static String declareRetired(String curation, String list, String slug) {
        try {
            return CurationText.declareRetired(curation, list, slug);
        } catch (IllegalArgumentException e) {
            throw new DraftRefused("edit.refused.retired-list", list);
        }
    }

    /** True when an excerpt (or the date's quote, which counts as one) of the entry is not among the new values'. */
    private static boolean losesExcerpts(EventEntryText entry, Map<String, Object> values) {
        List<Object> before = new ArrayList<>(entry.excerpts());
        List<Object> after = new ArrayList<>((List<?>) values.get("excerpts"));
        before.add(entry.values().get("date_quote"));
        after.add(values.get("date_quote"));
        before.removeIf(excerpt -> excerpt == null);
        return !after.containsAll(before);
    }

    /** The entry's new values, in {@link EventEntryText#ORDER}, each checked as the new-claim form checks it. */
    private static Map<String, Object> values(String slug, ClaimEdit edit) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("slug", slug);
        if (Boolean.TRUE.equals(edit.key())) {
            values.put("key", "true");
        }
        require(edit.date(), "date");
        values.put("date", edit.date().strip());
        values.put("dated_by", code(DateBasis.class, edit.datedBy(), "datedBy"));
        text(values, "date_note", edit.dateNote());
        text(values, "date_note_zh", edit.dateNoteZh());
        if (edit.dateQuote() != null && !edit.dateQuote().isBlank()) {
            requireSlug(strip(edit.dateQuoteArticle()), "dateQuoteArticle");
            values.put("date_quote", excerpt(edit.dateQuoteArticle(), edit.dateQuote()));
        }
        values.put("kind", code(EventKind.class, edit.kind(), "kind"));
        require(edit.headline(), "headline");
        require(edit.headlineZh(), "headlineZh");
        text(values, "headline", edit.headline());
        text(values, "headline_zh", edit.headlineZh());
        values.put("attribution", code(Attribution.class, edit.attribution(), "attribution"));
        slug(values, "speaker", edit.speaker(), "speaker");
        text(values, "relayed_from", words(edit.relayedFrom()));
        values.put("certainty", code(Certainty.class, edit.certainty(), "certainty"));
        slug(values, "deal", edit.deal(), "deal");
        slugs(values, "partners", edit.partners(), "partners");
        slugs(values, "backers", edit.backers(), "backers");
        slugs(values, "rivals", edit.rivals(), "rivals");
        slugs(values, "suppliers", edit.suppliers(), "suppliers");
        slugs(values, "mentioned", edit.mentioned(), "mentioned");
        slugs(values, "titles", edit.titles(), "titles");
        slugs(values, "regulators", edit.regulators(), "regulators");
        slugs(values, "rules", edit.rules(), "rules");
        slugs(values, "people", edit.people(), "people");
        slugs(values, "contradicts", edit.contradicts(), "contradicts");
        slugs(values, "revises", edit.revises(), "revises");
        slugs(values, "reports_again", edit.reportsAgain(), "reportsAgain");
        List<Map<String, String>> excerpts = new ArrayList<>();
        for (ClaimEdit.ExcerptDraft excerpt : edit.excerpts()) {
            if (excerpt.quote() != null && !excerpt.quote().isBlank()) {
                requireSlug(strip(excerpt.article()), "excerpts");
                excerpts.add(excerpt(excerpt.article(), excerpt.quote()));
            }
        }
        if (excerpts.isEmpty()) {
            throw DraftRefused.inField("excerpts", "edit.refused.no-excerpt");
        }
        values.put("excerpts", excerpts);
        return values;
    }

    private static Map<String, String> excerpt(String article, String quote) {
        Map<String, String> excerpt = new LinkedHashMap<>();
        excerpt.put("article", article.strip());
        excerpt.put("quote", words(quote));
        return excerpt;
    }

    private static void text(Map<String, Object> values, String key, String value) {
        if (value != null && !value.isBlank()) {
            values.put(key, value.strip());
        }
    }

    private static void slug(Map<String, Object> values, String key, String value, String field) {
        if (value != null && !value.isBlank()) {
            requireSlug(value.strip(), field);
            values.put(key, value.strip());
        }
    }

    private static void slugs(Map<String, Object> values, String key, String value, String field) {
        List<String> slugs = slugList(value, field);
        if (!slugs.isEmpty()) {
            values.put(key, slugs);
        }
    }

    private static String strip(String value) {
        return value == null ? null : value.strip();
    }
}
