package org.beachhead.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import org.beachhead.regulator.RegulatorService;
import org.beachhead.regulator.RegulatorSummary;

import java.util.List;

@Schema(description = "A Chinese authority whose rules stood in Netflix's way, with the rules it issued. "
        + "The single-item endpoint adds about and events.")
public record RegulatorItem(
        @Schema(description = "Stable id: the slug", example = "sapprft") String id,
        String slug,
        String name,
        @Schema(nullable = true, example = "SAPPRFT") String shortName,
        @Schema(nullable = true) String chineseName,
        String summary,
        @Schema(description = "The summary's Chinese text") String summaryZh,
        @Schema(description = "How many events involve the regulator") long eventCount,
        @Schema(description = "The rules it issued, by name") List<RuleItem> rules,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "What it is, in the sources' own words (single item only)") List<ExcerptItem> about,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "Its first 50 events, oldest first (single item only); "
                + "eventCount says how many, its page on the site (links.html) lists them all, paged") List<EventRef> events,
        ItemLinks links) {

    static RegulatorItem of(RegulatorSummary regulator, List<RuleItem> rules) {
        return of(regulator, rules, null, null);
    }

    static RegulatorItem of(RegulatorService.RegulatorPage page) {
        return of(page.regulator(), page.rules().stream().map(RuleItem::of).toList(), ExcerptItem.of(page.about()),
                EventRef.of(page.events()));
    }

    private static RegulatorItem of(RegulatorSummary regulator, List<RuleItem> rules, List<ExcerptItem> about,
                                    List<EventRef> events) {
        return new RegulatorItem(regulator.slug(), regulator.slug(), regulator.name(), regulator.shortName(),
                regulator.chineseName(), regulator.summary().en(), regulator.summary().zh(), regulator.events(), rules, about, events,
                Section.REGULATORS.links(regulator.slug()));
    }
}
