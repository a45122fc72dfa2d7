package org.beachhead.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import org.beachhead.partner.PartnerPage;
import org.beachhead.partner.PartnerSummary;

import java.util.List;

@Schema(description = "A company Netflix partnered or negotiated with, or that shaped its way into China. "
        + "The list gives the summary; the single-item endpoint adds aliases, about, deals and events.")
public record PartnerItem(
        @Schema(description = "Stable id: the slug", example = "wasu") String id,
        String slug,
        @Schema(example = "Wasu Media") String name,
        @Schema(nullable = true, example = "华数传媒") String chineseName,
        @Schema(example = "media-group") String kind,
        String summary,
        @Schema(description = "The summary's Chinese text") String summaryZh,
        @Schema(description = "How many events involve the partner") long eventCount,
        @Schema(description = "How many deals the partner is a party to") long dealCount,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "Other spellings the corpus uses (single item only)") List<String> aliases,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "Who they are, in the sources' own words (single item only)") List<ExcerptItem> about,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "Their first 10 deals, first reported first (single item only); "
                + "dealCount says how many, links.deals has them all") List<Ref> deals,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "Their first 50 events, oldest first (single item only); "
                + "eventCount says how many, links.events has them all") List<EventRef> events,
        Links links) {

    @Schema(name = "PartnerLinks")
    public record Links(
            @Schema(example = "/api/v1/partners/wasu") String self,
            @Schema(example = "/partners/wasu") String html,
            @Schema(description = "Their events in the API", example = "/api/v1/events?partner=wasu") String events,
            @Schema(description = "Their deals in the API", example = "/api/v1/deals?partner=wasu") String deals) {
    }

    static PartnerItem of(PartnerSummary partner) {
        return of(partner, null, null, null, null);
    }

    static PartnerItem of(PartnerPage page) {
        return of(page.partner(), page.aliases(), ExcerptItem.of(page.about()),
                page.deals().stream().map(DealItem::ref).toList(), EventRef.of(page.events()));
    }

    private static PartnerItem of(PartnerSummary partner, List<String> aliases, List<ExcerptItem> about,
                                  List<Ref> deals, List<EventRef> events) {
        ItemLinks links = Section.PARTNERS.links(partner.slug());
        return new PartnerItem(partner.slug(), partner.slug(), partner.name(), partner.chineseName(),
                partner.kind().code(), partner.summary().en(), partner.summary().zh(), partner.events(), partner.deals(), aliases, about, deals,
                events, new Links(links.self(), links.html(), Section.EVENTS.api() + "?partner=" + partner.slug(),
                Section.DEALS.api() + "?partner=" + partner.slug()));
    }
}
