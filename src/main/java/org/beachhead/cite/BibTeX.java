package org.beachhead.cite;

import org.beachhead.common.PartialDate;

import java.time.LocalDate;
import java.util.Map;

/**
 * A source as a BibTeX entry that BibTeX and biblatex both read: {@code @article} in the
 * publisher's "journal" when the capture names a publisher, {@code @online} otherwise; year and
 * month (a month macro) only as far as the date is known, plus biblatex's {@code date} with the
 * EDTF {@code ~} for an approximate one.
 */
public final class BibTeX {

    private static final String[] MONTHS = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};

    /**
     * LaTeX specials, escaped. Braces become commands rather than {@code \{}: BibTeX counts every
     * brace, escaped or not, to find where a field ends, so a lone {@code \{} would swallow the entry.
     */
    private static final Map<Character, String> SPECIALS = Map.of('{', "\\textbraceleft{}", '}', "\\textbraceright{}",
            '\\', "\\textbackslash{}", '%', "\\%", '&', "\\&", '#', "\\#", '_', "\\_", '$', "\\$",
            '~', "\\textasciitilde{}", '^', "\\textasciicircum{}");

    private BibTeX() {
    }

    public static String entry(CitedSource source, String siteUrl, LocalDate accessed) {
        PartialDate date = source.published();
        StringBuilder bib = new StringBuilder(source.publisher() != null ? "@article" : "@online")
                .append("{beachhead-").append(source.slug()).append(",\n");
        // Double braces keep the headline's capitals where a style would lower-case a title.
        field(bib, "title", "{" + escape(source.headline().en()) + "}");
        if (source.publisher() != null) {
            field(bib, "journal", escape(source.publisher()));
        }
        field(bib, "year", Integer.toString(date.year()));
        if (date.month() != null) {
            bib.append("  month = ").append(MONTHS[date.month() - 1]).append(",\n");
        }
        field(bib, "date", date.iso() + (date.approximate() ? "~" : ""));
        field(bib, "url", source.url(siteUrl));
        field(bib, "urldate", accessed.toString());
        field(bib, "note", escape(source.note()));
        return bib.append("}\n").toString();
    }

    /** Escapes LaTeX's special characters; everything else, non-ASCII included, stays as it is (UTF-8). */
    public static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            escaped.append(SPECIALS.getOrDefault(c, String.valueOf(c)));
        }
        return escaped.toString();
    }

    private static void field(StringBuilder bib, String name, String value) {
        bib.append("  ").append(name).append(" = {").append(value).append("},\n");
    }
}
