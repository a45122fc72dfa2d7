package org.beachhead.search;

import org.beachhead.common.PartialDate;

import java.util.Comparator;
import java.util.Locale;

/**
 * A searchable thing's place in reading order, which ranks results of equal score: sources, then the kinds as the
 * results page shows them; sources and events by date, the others by name; then by link (that is, by slug).
 */
interface Placed {

    Comparator<Placed> READING_ORDER = Placed::compare;

    ResultKind kind();

    /** An event's date or a source's publication date; null for the other kinds. */
    PartialDate date();

    String label();

    String href();

    private static int compare(Placed one, Placed other) {
        int byKind = Integer.compare(block(one.kind()), block(other.kind()));
        if (byKind != 0) {
            return byKind;
        }
        int byDateOrName = one.date() != null && other.date() != null ? one.date().compareTo(other.date())
                : one.label().toLowerCase(Locale.ROOT).compareTo(other.label().toLowerCase(Locale.ROOT));
        return byDateOrName != 0 ? byDateOrName : one.href().compareTo(other.href());
    }

    /** Sources first: the build reads them first, so that their long bodies are indexed while the rest is read. */
    private static int block(ResultKind kind) {
        return kind == ResultKind.SOURCES ? -1 : kind.ordinal();
    }
}
