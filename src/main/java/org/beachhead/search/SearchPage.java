package org.beachhead.search;

import org.beachhead.common.EntityRef;
import org.beachhead.common.PartialDate;

import java.util.List;

/**
 * The search page: the query as typed, and the results grouped by kind (only the kinds that have
 * any). A blank query has no groups and is answered with a prompt.
 */
public record SearchPage(String query, List<ResultGroup> groups) {

    public SearchPage {
        groups = List.copyOf(groups);
    }

    public boolean blank() {
        return query.isBlank();
    }

    public int total() {
        return groups.stream().mapToInt(ResultGroup::total).sum();
    }

    /** One kind's results, best first, at most {@link SearchService#MAX_RESULTS_PER_GROUP} of {@code total}. */
    public record ResultGroup(ResultKind kind, int total, List<SearchResult> results) {

        public boolean truncated() {
            return results.size() < total;
        }
    }

    /**
     * One result: its label (highlighted), the other names under which it matched, a snippet of the
     * passage where it matched best with that passage's link, and for a person the events they appear in.
     *
     * @param href null for a person, who has no page yet
     */
    public record SearchResult(String href, Highlighted label, List<Highlighted> alsoNamed, Snippet snippet,
                               PartialDate date, List<EntityRef> events) {
    }

    public record Snippet(Highlighted text, String href) {
    }
}
