package org.beachhead.search;

import org.beachhead.common.EntityRef;
import org.beachhead.common.PartialDate;
import org.beachhead.common.Text;
import org.springframework.context.i18n.LocaleContextHolder;

import java.util.List;

/**
 * The answer to a search: the results grouped by kind (only the kinds that have any, at most
 * {@link SearchService#MAX_RESULTS_PER_GROUP} each), the counts per kind, partner and year (each a filter),
 * and, when the query found little, a spelling it may have meant.
 *
 * @param suggestion a respelling of the query that finds more ("Wasu" for "Wasoo"), or null
 * @param resultsFor the query whose results are shown when it is not the one typed (the query found nothing
 *                   and its suggestion does), or null
 */
public record SearchPage(SearchRequest request, String suggestion, String resultsFor, int total,
                         List<Facet> kinds, List<Facet> partners, List<Facet> years, List<ResultGroup> groups) {

    public SearchPage {
        kinds = List.copyOf(kinds);
        partners = List.copyOf(partners);
        years = List.copyOf(years);
        groups = List.copyOf(groups);
    }

    static SearchPage empty(SearchRequest request) {
        return new SearchPage(request, null, null, 0, List.of(), List.of(), List.of(), List.of());
    }

    public String query() {
        return request.query();
    }

    public boolean blank() {
        return request.blank();
    }

    /** One value of a facet: what it is called in each language, how many results it has, and whether the page is filtered by it. */
    public record Facet(String parameter, String value, Text label, int count, boolean active) {
    }

    /** One kind's results, best first, at most {@link SearchService#MAX_RESULTS_PER_GROUP} of {@code total}. */
    public record ResultGroup(ResultKind kind, int total, List<SearchResult> results) {

        public boolean truncated() {
            return results.size() < total;
        }
    }

    /**
     * One result: its label (highlighted) in English and, where the data has one, in Chinese; its other names that
     * matched, besides the English label and besides the Chinese one; the names of what it involves that matched (an
     * event's partners …), the sentence of its text that matched best with that passage's link, and for a person the
     * events they appear in.
     */
    public record SearchResult(ResultKind kind, String href, Highlighted label, Highlighted labelZh,
                               List<Highlighted> alsoNamed, List<Highlighted> alsoNamedZh, List<Highlighted> involves,
                               Snippet snippet, PartialDate date, List<EntityRef> events) {

        /** The label in the reader's language, as {@link Text} prints: the Chinese one for a Chinese reader. */
        public Highlighted shownLabel() {
            return labelZh != null && chinese() ? labelZh : label;
        }

        /** The other names that matched, besides the label shown. */
        public List<Highlighted> shownAlsoNamed() {
            return labelZh != null && chinese() ? alsoNamedZh : alsoNamed;
        }

        private static boolean chinese() {
            return "zh".equals(LocaleContextHolder.getLocale().getLanguage());
        }
    }

    public record Snippet(Highlighted text, String href) {
    }
}
