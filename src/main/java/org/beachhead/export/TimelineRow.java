package org.beachhead.export;

import org.beachhead.common.EntityRef;
import org.beachhead.source.ExcerptView;
import org.beachhead.timeline.ClaimLinkRef;
import org.beachhead.timeline.EventCard;
import org.beachhead.timeline.EventClaim;

import java.util.List;
import java.util.Objects;

/**
 * One event of the timeline as a row of the CSV and JSON exports: the columns, in this order, are
 * the record's components. Lists become JSON arrays and, in CSV, one cell joined with "; ".
 * {@code headlineZh} is the headline's Chinese text; {@code partnerChineseNames} lists the Chinese names of those partners that have one. {@code partners}
 * are the parties; {@code roles} the other organisations as "slug: role"; {@code reported} is when the
 * event was first reported ({@code date} is when it happened); {@code linkedClaims} are
 * "relation: slug", a relation named by the other event ending in " (by)".
 */
public record TimelineRow(String slug, String date, String precision, boolean approximate, String datedBy,
                          String reported, String kind, String headline, String headlineZh, String attribution, String speaker,
                          String relayedFrom, String certainty, List<String> partners, List<String> partnerSlugs,
                          List<String> partnerChineseNames, List<String> roles, List<String> titles,
                          List<String> regulators, String deal, List<String> linkedClaims, String quote,
                          String quoteArticle, String quotePublisher, String permalink) {

    static TimelineRow of(EventCard event, List<ClaimLinkRef> links) {
        ExcerptView first = event.excerpts().get(0);
        EventClaim claim = event.claim();
        return new TimelineRow(event.slug(), event.date().iso(), event.date().precision().name().toLowerCase(),
                event.date().approximate(), event.datedBy().code(),
                claim.reported() == null ? null : claim.reported().iso(), event.kind().code(), event.headline().en(),
                event.headline().zh(),
                claim.attribution().code(), claim.speaker() == null ? null : claim.speaker().name(), claim.relayedFrom(),
                claim.certainty().code(), names(event.partners()), event.partners().stream().map(EntityRef::slug).toList(),
                event.partners().stream().map(EntityRef::chineseName).filter(Objects::nonNull).toList(),
                event.others().stream().map(other -> other.partner().slug() + ": " + other.role().code()).toList(),
                names(event.titles()), names(event.regulators()),
                event.deal() == null ? null : event.deal().slug(),
                links.stream().map(link -> link.relation().code() + (link.outgoing() ? "" : " (by)") + ": "
                        + link.otherSlug()).toList(),
                first.exact(), first.articleSlug(), first.publisher(), "/events/" + event.slug());
    }

    static List<String> names(List<EntityRef> refs) {
        return refs.stream().map(EntityRef::name).toList();
    }
}
