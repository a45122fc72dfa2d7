package org.beachhead.corpus;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Which entries of a curation a verification checks. A whole corpus is checked whole ({@link #ALL}); a saved
 * change is checked where it touches (the entries it writes and those whose checks read them), the other entries
 * of the file being present only as context, to resolve and to quote, or {@code known} only by slug, by section.
 */
record Review(Map<String, Set<String>> reviewed, Map<String, Set<String>> known) {

    static final Review ALL = new Review(null, null);

    boolean all() {
        return reviewed == null;
    }

    /** The slugs of a section of the whole file: from the curation when it is whole, else as known. */
    Set<String> known(String section, Set<String> inCuration) {
        return all() ? inCuration : known.getOrDefault(section, Set.of());
    }

    /** The entries of {@code curation} under review. */
    Curation of(Curation curation) {
        if (all()) {
            return curation;
        }
        return new Curation(pick("articles", curation.articles(), Curation.ArticleEntry::slug),
                pick("partners", curation.partners(), Curation.PartnerEntry::slug),
                pick("people", curation.people(), Curation.PersonEntry::slug),
                pick("regulators", curation.regulators(), Curation.RegulatorEntry::slug),
                pick("rules", curation.rules(), Curation.RuleEntry::slug),
                pick("titles", curation.titles(), Curation.TitleEntry::slug),
                pick("deals", curation.deals(), Curation.DealEntry::slug),
                pick("events", curation.events(), Curation.EventEntry::slug),
                pick("questions", curation.questions(), Curation.QuestionEntry::slug));
    }

    private <T> List<T> pick(String section, List<T> entries, Function<T, String> slug) {
        Set<String> slugs = reviewed.getOrDefault(section, Set.of());
        return entries.stream().filter(entry -> slugs.contains(slug.apply(entry))).toList();
    }
}
