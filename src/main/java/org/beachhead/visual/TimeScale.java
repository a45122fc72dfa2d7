package org.beachhead.visual;

import org.beachhead.common.PartialDate;

import java.time.LocalDate;
import java.util.Set;

/**
 * Maps dates to x positions: each year is a band between {@code left} and {@code right}, of equal
 * width, except the {@code emptyYears} (no event in them), which are narrow so that a long span
 * with nothing reported does not take most of the chart. A day sits at its place in the year, a
 * month in the middle of its calendar month (so between its first and last days), and a year-only
 * date in the middle of its year, because its month is unknown.
 */
record TimeScale(int firstYear, int lastYear, double left, double right, Set<Integer> emptyYears, double emptyYearShare) {

    /** The width of a year without events, as a share of a year with some, unless a frame asks for another. */
    static final double EMPTY_YEAR = 0.15;

    TimeScale {
        if (lastYear < firstYear) {
            throw new IllegalArgumentException("the last year " + lastYear + " is before the first " + firstYear);
        }
        emptyYears = Set.copyOf(emptyYears);
    }

    /** A scale of years all the same width. */
    TimeScale(int firstYear, int lastYear, double left, double right) {
        this(firstYear, lastYear, left, right, Set.of());
    }

    TimeScale(int firstYear, int lastYear, double left, double right, Set<Integer> emptyYears) {
        this(firstYear, lastYear, left, right, emptyYears, EMPTY_YEAR);
    }

    /** The width of a year with events. */
    double yearWidth() {
        return (right - left) / units(lastYear + 1);
    }

    double yearWidth(int year) {
        return emptyYears.contains(year) ? emptyYearShare * yearWidth() : yearWidth();
    }

    double yearStart(int year) {
        return left + units(year) * yearWidth();
    }

    double x(PartialDate date) {
        return yearStart(date.year()) + fractionOfYear(date) * yearWidth(date.year());
    }

    /** Keeps a position inside the axis, for deals whose events lie partly outside the filtered years. */
    double clamp(double x) {
        return Math.max(left, Math.min(right, x));
    }

    /** Widths of the years before {@code year}, in years with events. */
    private double units(int year) {
        double units = 0;
        for (int before = firstYear; before < year; before++) {
            units += emptyYears.contains(before) ? emptyYearShare : 1;
        }
        return units;
    }

    private static double fractionOfYear(PartialDate date) {
        if (date.month() == null) {
            return 0.5;
        }
        if (date.day() == null) {
            LocalDate first = LocalDate.of(date.year(), date.month(), 1);
            return (first.getDayOfYear() - 1 + first.lengthOfMonth() / 2.0) / first.lengthOfYear();
        }
        LocalDate day = LocalDate.of(date.year(), date.month(), date.day());
        return (day.getDayOfYear() - 0.5) / day.lengthOfYear();
    }
}
