package org.beachhead.visual;

import org.beachhead.common.Text;
import org.beachhead.common.EntityRef;
import org.beachhead.common.PartialDate;
import org.beachhead.model.DealStatus;

import java.util.List;
import java.util.Locale;

/**
 * The visual timeline with every coordinate computed: one lane per partner (and one for events
 * that name no partner), a mark per event, a bar per deal and lane. Past a number of marks, a
 * grouped chart instead has a mark per lane and period ({@code groups}) and no event marks or bars.
 * Lanes are named on their left, or, when {@code labelsAbove} (a phone's chart), above their marks.
 * The template only draws it.
 */
public record TimelineChart(double width, double height, double plotLeft, double plotRight, double lanesTop,
                            boolean labelsAbove, List<YearTick> years, List<Lane> lanes, List<EventMark> marks, List<DealBar> bars,
                            List<GroupMark> groups) {

    public boolean isEmpty() {
        return marks.isEmpty() && groups.isEmpty();
    }

    /**
     * A year band starting at {@code x}, labelled at its middle, in one line or more; a {@code gap} is a
     * run of years from {@code year} with no event, drawn narrow and labelled with its span ("2018–2022").
     */
    public record YearTick(int year, double x, double labelX, List<String> labelLines, boolean gap) {

        public String label() {
            return String.join("", labelLines);
        }
    }

    /** A horizontal lane; {@code partner} is null for the lane of events that name no partner. */
    public record Lane(EntityRef partner, double y, double height, double labelY, boolean shaded) {
    }

    /**
     * One event, drawn once in the first of its partners' lanes; {@code echoes} repeat it, unlinked,
     * in its other partners' lanes. {@code extentLeft}..{@code extentRight} is the stretch of time
     * the mark covers: the whole year (less a margin) for a year-only date.
     */
    public record EventMark(String slug, Text headline, PartialDate date, List<EntityRef> partners,
                            double x, double y, double radius, double extentLeft, double extentRight,
                            List<Echo> echoes) {

        public boolean yearOnly() {
            return date.month() == null;
        }

        public boolean approximate() {
            return date.approximate();
        }

        public String tooltip(Locale locale) {
            return date.display(locale) + " · " + headline;
        }

        /** The vertical line that joins the mark to its echoes (equal ends when there are none). */
        public double connectorTop() {
            return echoes.stream().mapToDouble(Echo::y).map(echo -> Math.min(echo, y)).min().orElse(y);
        }

        public double connectorBottom() {
            return echoes.stream().mapToDouble(Echo::y).map(echo -> Math.max(echo, y)).max().orElse(y);
        }
    }

    public record Echo(double x, double y, double radius) {
    }

    /**
     * The {@code events} of one lane from {@code first} to {@code last} (a month, a year, or some years),
     * its area growing with the count; {@code extentLeft}..{@code extentRight} is the stretch of time it
     * covers. {@code href} is the timeline of that partner and those years, null in the lane of events
     * that name no partner, which no filter can ask for.
     */
    public record GroupMark(EntityRef partner, PartialDate first, PartialDate last, long events, String href,
                            double x, double y, double radius, double extentLeft, double extentRight) {

        /** Covers a year or more (a line spans it), rather than a month. */
        public boolean spansYears() {
            return first.month() == null;
        }

        public boolean onePeriod() {
            return first.equals(last);
        }

        GroupMark at(double height) {
            return new GroupMark(partner, first, last, events, href, x, height, radius, extentLeft, extentRight);
        }
    }

    /** A deal in one of its partners' lanes, from its first reported event to its latest. */
    public record DealBar(String slug, Text name, DealStatus status, PartialDate statusAsOf, PartialDate first,
                          PartialDate last, double x, double y, double width, double height) {

        public boolean tentative() {
            return TentativeStatuses.contains(status);
        }
    }
}
