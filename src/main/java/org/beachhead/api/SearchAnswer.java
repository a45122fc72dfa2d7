package org.beachhead.api;

import io.swagger.v3.oas.annotations.media.Schema;
import org.beachhead.search.Highlighted;
import org.beachhead.search.SearchPage;

import java.util.List;

@Schema(description = "The answer to a search: the same results as /search, grouped by kind, with counts per kind, "
        + "partner and year that can be passed back as filters.")
record SearchAnswer(
        @Schema(description = "The query as received, trimmed", example = "wasu letv") String query,
        @Schema(description = "How many results in all, in the kinds shown") int total,
        @Schema(description = "A respelling of the query that finds more, when it found fewer than 3 results",
                example = "Wasu", nullable = true) String suggestion,
        @Schema(description = "The query whose results are given, when the query itself found nothing and its "
                + "suggestion did; null otherwise", nullable = true) String resultsFor,
        @Schema(description = "Results per kind (kind), partner (partner: slug) and year (year); each value is also "
                + "a filter") SearchFacets facets,
        @Schema(description = "The best results of each kind that has any, at most 20 each") List<SearchGroup> groups) {

    static SearchAnswer of(SearchPage page) {
        return new SearchAnswer(page.query(), page.total(), page.suggestion(), page.resultsFor(),
                new SearchFacets(facets(page.kinds()), facets(page.partners()), facets(page.years())),
                page.groups().stream().map(SearchGroup::of).toList());
    }

    private static List<SearchFacet> facets(List<SearchPage.Facet> facets) {
        return facets.stream().map(f -> new SearchFacet(f.value(), f.label().en(), f.label().zh(), f.count(), f.active()))
                .toList();
    }

    record SearchFacets(List<SearchFacet> kind, List<SearchFacet> partner, List<SearchFacet> year) {
    }

    @Schema(description = "One value of a facet")
    record SearchFacet(
            @Schema(description = "The value to pass as the filter", example = "wasu") String value,
            @Schema(description = "What it is called", example = "Wasu Media") String label,
            @Schema(description = "What it is called in Chinese, where the data has a Chinese name", example = "华数传媒",
                    nullable = true) String labelZh,
            @Schema(description = "Results with this value, given the other filters") int count,
            @Schema(description = "Whether the answer is filtered by it") boolean active) {
    }

    record SearchGroup(
            @Schema(description = "The kind", allowableValues = {"events", "partners", "deals", "titles", "regulators",
                    "rules", "people", "sources"}) String kind,
            @Schema(description = "Results of this kind in all") int total,
            List<SearchHit> results) {

        static SearchGroup of(SearchPage.ResultGroup group) {
            return new SearchGroup(group.kind().code(), group.total(), group.results().stream().map(SearchHit::of).toList());
        }
    }

    @Schema(description = "One result. Texts are runs, matched (the query's words) or not, in order.")
    record SearchHit(
            @Schema(description = "Its page on the site", example = "/partners/wasu") String html,
            @Schema(description = "Its name, headline or (for a source) headline") List<Run> label,
            @Schema(description = "Its Chinese name or headline (a source's Chinese headline, where the curators gave "
                    + "one), matched where the query matched it; null where the data has none", nullable = true)
            List<Run> labelZh,
            @Schema(description = "Its other names that matched") List<List<Run>> alsoNamed,
            @Schema(description = "Names of what it involves that matched (an event's partners …)") List<List<Run>> involves,
            @Schema(description = "The sentence of its text that matched best, or null", nullable = true) List<Run> snippet,
            @Schema(description = "Where the snippet is in the source", nullable = true) String snippetHtml,
            @Schema(description = "An event's date or a source's publication date", nullable = true) ApiDate date) {

        static SearchHit of(SearchPage.SearchResult result) {
            return new SearchHit(result.href(), runs(result.label()),
                    result.labelZh() == null ? null : runs(result.labelZh()), result.alsoNamed().stream().map(SearchHit::runs).toList(),
                    result.involves().stream().map(SearchHit::runs).toList(),
                    result.snippet() == null ? null : runs(result.snippet().text()),
                    result.snippet() == null ? null : result.snippet().href(),
                    result.date() == null ? null : ApiDate.of(result.date()));
        }

        private static List<Run> runs(Highlighted text) {
            return text.runs().stream().map(run -> new Run(run.text(), run.matched())).toList();
        }
    }

    record Run(String text, boolean matched) {
    }
}
