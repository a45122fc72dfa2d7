package org.beachhead.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import org.beachhead.timeline.EventCard;

import java.util.List;

@Schema(description = "Something that happened or was said, dated as precisely as the sources allow, with the "
        + "excerpts that report it.")
public record EventItem(
        @Schema(description = "Stable id: the slug", example = "netflix-wasu-talks") String id,
        String slug,
        @Schema(description = "What kind of event: deal, talks, acquisition, investment, regulation, statement, "
                + "market-figure, market or title-release", example = "talks") String kind,
        @Schema(description = "One line saying what happened, supported by the excerpts") String headline,
        @Schema(description = "The headline's Chinese text") String headlineZh,
        @Schema(description = "When it happened; where the text gives no date for that, the date of its report "
                + "(datedBy published)") ApiDate date,
        ClaimItem claim,
        @Schema(nullable = true, description = "The deal the event is part of, if any") Ref deal,
        @Schema(description = "The parties: the organisations that act in it, by name") List<Ref> partners,
        @Schema(description = "Organisations in other roles: backers, rivals, content suppliers, names in passing")
        List<RoleItem> roles,
        @Schema(description = "Titles involved, by name") List<Ref> titles,
        @Schema(description = "Regulators involved, by name") List<Ref> regulators,
        @Schema(description = "People named or quoted, by name") List<Ref> people,
        @Schema(description = "The evidence, in curated order") List<ExcerptItem> excerpts,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "Claims curated as contradicting, revising or reporting this one again, oldest first "
                + "(single item only)") List<LinkedClaimItem> linkedClaims,
        ItemLinks links) {

    static EventItem of(EventCard card) {
        return of(card, null);
    }

    static EventItem of(EventCard card, List<LinkedClaimItem> linkedClaims) {
        return new EventItem(card.slug(), card.slug(), card.kind().code(), card.headline().en(),
                card.headline().zh(),
                ApiDate.of(card.date(), card.datedBy(), card.dateNote()), ClaimItem.of(card.claim()),
                Section.DEALS.ref(card.deal()), Section.PARTNERS.refs(card.partners()), RoleItem.of(card.others()),
                Section.TITLES.refs(card.titles()), Section.REGULATORS.refs(card.regulators()),
                Section.PEOPLE.refs(card.people()), ExcerptItem.of(card.excerpts()), linkedClaims,
                Section.EVENTS.links(card.slug()));
    }
}
