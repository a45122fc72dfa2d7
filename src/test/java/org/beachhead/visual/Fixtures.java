package org.beachhead.visual;

import org.beachhead.common.Text;
import org.beachhead.common.DateBasis;
import org.beachhead.common.EntityRef;
import org.beachhead.common.PartialDate;
import org.beachhead.model.DealStatus;
import org.beachhead.deal.DealSummary;
import org.beachhead.model.DealType;
import org.beachhead.model.Attribution;
import org.beachhead.model.Certainty;
import org.beachhead.timeline.EventCard;
import org.beachhead.timeline.EventClaim;
import org.beachhead.model.EventKind;

import java.util.Arrays;
import java.util.List;

/** Small hand-made events, deals and partners for the layout tests; a partner's name is its slug capitalised. */
final class Fixtures {

    private Fixtures() {
    }

    static EntityRef partner(String slug) {
        return new EntityRef(slug, Character.toUpperCase(slug.charAt(0)) + slug.substring(1));
    }

    static List<EntityRef> partners(String... slugs) {
        return Arrays.stream(slugs).map(Fixtures::partner).toList();
    }

    private static final EventClaim REPORTED = new EventClaim(Attribution.REPORTING, null, null, Certainty.REPORTED, null);

    static EventCard event(String slug, String date, String... partnerSlugs) {
        return new EventCard(slug.hashCode(), slug, EventKind.DEAL, new Text("Headline of " + slug, null),
                PartialDate.parse(date), DateBasis.PUBLISHED, new Text("", null), REPORTED, null, partners(partnerSlugs), List.of(), List.of(), List.of(), List.of(),
                List.of());
    }

    /** A deal reported by events on the given dates. */
    static DealSummary deal(String slug, DealStatus status, boolean netflixParty, List<String> partnerSlugs,
                            List<String> titleSlugs, String... eventDates) {
        List<PartialDate> dates = Arrays.stream(eventDates).map(PartialDate::parse).sorted(PartialDate.CHRONOLOGICAL).toList();
        return new DealSummary(slug, "Deal " + slug, null, DealType.PARTNERSHIP, status,
                dates.isEmpty() ? null : dates.get(dates.size() - 1), netflixParty, new Text("Summary", null),
                partnerSlugs.stream().map(Fixtures::partner).toList(), List.of(),
                titleSlugs.stream().map(Fixtures::partner).toList(),
                Arrays.stream(eventDates).map(date -> new DealSummary.EventBrief(slug + "-" + date, new Text("Report", null), PartialDate.parse(date), null, null)).toList(),
                dates.size(), dates.isEmpty() ? null : dates.get(0), dates.isEmpty() ? null : dates.get(dates.size() - 1));
    }

    /** A deal drawn as a bar, ended by the dates of all its events. */
    static DrawnDeal drawn(DealSummary deal) {
        return new DrawnDeal(deal.slug(), new Text(deal.name(), deal.chineseName()), deal.status(), deal.statusAsOf(), deal.partners(), deal.firstReported(),
                deal.lastReported(), deal.events().stream().map(DealSummary.EventBrief::date).toList());
    }
}
