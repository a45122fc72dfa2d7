package org.beachhead.api;

import io.swagger.v3.oas.annotations.media.Schema;
import org.beachhead.common.EntityRef;
import org.beachhead.deal.DealSummary;

import java.util.List;

@Schema(description = "A deal struck or only discussed; its dates are those of the events that report it.")
public record DealItem(
        @Schema(description = "Stable id: the slug") String id,
        String slug,
        String name,
        @Schema(description = "The deal's name in Chinese") String chineseName,
        @Schema(description = "licensing, original-production, co-production, rights-acquisition, partnership, "
                + "technology or investment", example = "licensing") String type,
        @Schema(description = "The latest status the corpus supports: rumoured, in-talks, announced, signed, active "
                + "or ended", example = "in-talks") String status,
        @Schema(nullable = true, description = "The status is true as of this date: the latest report of the deal")
        ApiDate statusAsOf,
        @Schema(description = "False for deals between others that still bear on Netflix's entry") boolean netflixParty,
        String summary,
        @Schema(description = "The summary's Chinese text") String summaryZh,
        @Schema(nullable = true, description = "The date of the first event that reports it") ApiDate firstReported,
        @Schema(nullable = true, description = "The date of the last event that reports it") ApiDate lastReported,
        @Schema(description = "The parties") List<Ref> partners,
        @Schema(description = "Organisations in other roles, such as a party's backer") List<RoleItem> roles,
        List<Ref> titles,
        @Schema(description = "How many events report it") int eventCount,
        @Schema(description = "The events that report it, oldest first: at most 50; eventCount says how many, its page on "
                + "the site (links.html) lists them all, paged") List<EventRef> events,
        ItemLinks links) {

    static DealItem of(DealSummary deal) {
        return new DealItem(deal.slug(), deal.slug(), deal.name(), deal.chineseName(), deal.type().code(), deal.status().code(),
                ApiDate.of(deal.statusAsOf()), deal.netflixParty(), deal.summary().en(), deal.summary().zh(),
                ApiDate.of(deal.firstReported()),
                ApiDate.of(deal.lastReported()), Section.PARTNERS.refs(deal.partners()), RoleItem.of(deal.others()),
                Section.TITLES.refs(deal.titles()), deal.eventCount(),
                deal.events().stream().map(EventRef::of).toList(),
                Section.DEALS.links(deal.slug()));
    }

    static Ref ref(DealSummary deal) {
        return Section.DEALS.ref(new EntityRef(deal.slug(), deal.name(), deal.chineseName()));
    }
}
