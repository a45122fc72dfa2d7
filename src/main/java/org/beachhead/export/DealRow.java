package org.beachhead.export;

import org.beachhead.common.EntityRef;
import org.beachhead.common.PartialDate;
import org.beachhead.deal.DealSummary;

import java.util.List;

/**
 * One deal as a row of the CSV and JSON exports, columns in the order of the components;
 * {@code chineseName} is the deal's name in Chinese.
 * {@code firstReported} and {@code latest} are the ISO dates (at their precision) of the first and
 * the latest event that reports the deal; empty for a deal no event reports. {@code status} is true as
 * of {@code statusAsOf}, the deal's latest report; {@code partners} are its parties, {@code roles}
 * the other organisations as "slug: role".
 */
public record DealRow(String slug, String name, String chineseName, String type, String status, String statusAsOf, boolean netflixParty,
                      List<String> partners, List<String> partnerSlugs, List<String> roles, List<String> titles,
                      String firstReported, String latest, int eventCount, String permalink) {

    static DealRow of(DealSummary deal) {
        return new DealRow(deal.slug(), deal.name(), deal.chineseName(), deal.type().code(), deal.status().code(), iso(deal.statusAsOf()),
                deal.netflixParty(), TimelineRow.names(deal.partners()), deal.partners().stream().map(EntityRef::slug).toList(),
                deal.others().stream().map(other -> other.partner().slug() + ": " + other.role().code()).toList(),
                TimelineRow.names(deal.titles()), iso(deal.firstReported()), iso(deal.lastReported()),
                deal.eventCount(), "/deals/" + deal.slug());
    }

    private static String iso(PartialDate date) {
        return date == null ? null : date.iso();
    }
}
