package org.beachhead.visual;

import org.beachhead.common.PartialDate;

import java.time.LocalDate;

/**
 * Maps dates to x positions: each year is a band of equal width between {@code left} and
 * {@code right}. A day sits at its place in the year, a month in the middle of its calendar month
 * (so between its first and last days), and a year-only date in the middle of its year, because
 * its month is unknown.
 */
record TimeScale(int firstYear, int lastYear, double left, double right) {

    TimeScale {
        if (lastYear < firstYear) {
            throw new IllegalArgumentException("the last year " + lastYear + " is before the first " + firstYear);
        }
    }

    double yearWidth() {
        return (right - left) / (lastYear - firstYear + 1);
    }

    double yearStart(int year) {
        return left + (year - firstYear) * yearWidth();
    }

    double x(PartialDate date) {
        return yearStart(date.year()) + fractionOfYear(date) * yearWidth();
    }

    /** Keeps a position inside the axis, for deals whose events lie partly outside the filtered years. */
    double clamp(double x) {
        return Math.max(left, Math.min(right, x));
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
