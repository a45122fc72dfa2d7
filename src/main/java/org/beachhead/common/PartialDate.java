package org.beachhead.common;

import jakarta.persistence.Embeddable;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Comparator;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A historical date known to a day, a month or only a year, possibly approximate ("c. 2015").
 * It is deliberately not a {@link LocalDate}: a year-only date is not 1 January.
 */
@Embeddable
public record PartialDate(int year, Integer month, Integer day, boolean approximate) implements Comparable<PartialDate> {

    private static final Pattern SYNTAX = Pattern.compile("(c\\. ?)?(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    /** Year-only dates sort before the months of that year, months before their days. */
    public static final Comparator<PartialDate> CHRONOLOGICAL = Comparator
            .comparingInt(PartialDate::year)
            .thenComparingInt(date -> date.month() == null ? 0 : date.month())
            .thenComparingInt(date -> date.day() == null ? 0 : date.day());

    public PartialDate {
        if (day != null && month == null) {
            throw new IllegalArgumentException("a day needs a month");
        }
        if (month != null && (month < 1 || month > 12)) {
            throw new IllegalArgumentException("month " + month + " is not between 01 and 12");
        }
        if (day != null) {
            try {
                LocalDate.of(year, month, day);
            } catch (DateTimeException e) {
                throw new IllegalArgumentException(String.format("%04d-%02d-%02d is not a calendar date", year, month, day));
            }
        }
    }

    /**
     * Parses the curation syntax: {@code 2017-08-12}, {@code 2015-03}, {@code 2015}, each optionally
     * prefixed by {@code c. } for an approximate date.
     *
     * @throws IllegalArgumentException naming what is wrong with the text
     */
    public static PartialDate parse(String text) {
        Matcher matcher = SYNTAX.matcher(text == null ? "" : text.trim());
        if (!matcher.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a date; write YYYY-MM-DD, YYYY-MM or YYYY, "
                    + "with a 'c. ' prefix when approximate");
        }
        boolean approximate = matcher.group(1) != null;
        int year = Integer.parseInt(matcher.group(2));
        Integer month = matcher.group(3) == null ? null : Integer.valueOf(matcher.group(3));
        Integer day = matcher.group(4) == null ? null : Integer.valueOf(matcher.group(4));
        return new PartialDate(year, month, day, approximate);
    }

    public DatePrecision precision() {
        if (day != null) {
            return DatePrecision.DAY;
        }
        return month != null ? DatePrecision.MONTH : DatePrecision.YEAR;
    }

    /** "12 Aug 2017", "Jan 2015", "2016", "c. 2015". */
    public String display() {
        StringBuilder text = new StringBuilder(approximate ? "c. " : "");
        if (day != null) {
            text.append(day).append(' ');
        }
        if (month != null) {
            text.append(Month.of(month).getDisplayName(TextStyle.SHORT, Locale.ENGLISH)).append(' ');
        }
        return text.append(year).toString();
    }

    /** The date as a reader of the given language writes it: Chinese "约2015年5月", English as {@link #display()}. */
    public String display(Locale locale) {
        if (!"zh".equals(locale.getLanguage())) {
            return display();
        }
        StringBuilder text = new StringBuilder(approximate ? "约" : "").append(year).append('年');
        if (month != null) {
            text.append(month).append('月');
        }
        if (day != null) {
            text.append(day).append('日');
        }
        return text.toString();
    }

    /** The ISO-8601 form at this date's precision, for a machine-readable {@code <time datetime>}. */
    public String iso() {
        // Built by hand: String.format took 4% of a timeline page's rendering, two dates a card.
        StringBuilder iso = zeroPadded(new StringBuilder(10), year, 4);
        if (month != null) {
            zeroPadded(iso.append('-'), month, 2);
        }
        if (day != null) {
            zeroPadded(iso.append('-'), day, 2);
        }
        return iso.toString();
    }

    private static StringBuilder zeroPadded(StringBuilder to, int value, int width) {
        String digits = Integer.toString(value);
        for (int i = digits.length(); i < width; i++) {
            to.append('0');
        }
        return to.append(digits);
    }

    @Override
    public int compareTo(PartialDate other) {
        return CHRONOLOGICAL.compare(this, other);
    }
}
