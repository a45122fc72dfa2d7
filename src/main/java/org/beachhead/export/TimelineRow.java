package org.beachhead.export;

import org.beachhead.common.EntityRef;
import org.beachhead.source.ExcerptView;
import org.beachhead.timeline.EventCard;

import java.util.List;
import java.util.Objects;

/**
 * One event of the timeline as a row of the CSV and JSON exports: the columns, in this order, are
 * the record's components. Lists become JSON arrays and, in CSV, one cell joined with "; ".
 * {@code partnerChineseNames} lists the Chinese names of those partners that have one.
 */
public record TimelineRow(String slug, String date, String precision, boolean approximate, String datedBy,
                          String kind, String headline, List<String> partners, List<String> partnerSlugs,
                          List<String> partnerChineseNames, List<String> titles, List<String> regulators,
                          String deal, String quote, String quoteArticle, String quotePublisher, String permalink) {

    static TimelineRow of(EventCard event) {
        ExcerptView first = event.excerpts().get(0);
        return new TimelineRow(event.slug(), event.date().iso(), event.date().precision().name().toLowerCase(),
                event.date().approximate(), event.datedBy().code(), event.kind().code(), event.headline(),
                names(event.partners()), event.partners().stream().map(EntityRef::slug).toList(),
                event.partners().stream().map(EntityRef::chineseName).filter(Objects::nonNull).toList(),
                names(event.titles()), names(event.regulators()),
                event.deal() == null ? null : event.deal().slug(),
                first.exact(), first.articleSlug(), first.publisher(), "/events/" + event.slug());
    }

    static List<String> names(List<EntityRef> refs) {
        return refs.stream().map(EntityRef::name).toList();
    }
}
