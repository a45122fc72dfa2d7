package org.beachhead.search;

import java.util.List;

/**
 * Text as runs, each marked as matched or not, so a template can wrap the matched ones in
 * {@code <mark>} with {@code th:text}: the text itself is always escaped, never markup.
 */
public record Highlighted(List<Run> runs) {

    public Highlighted {
        runs = List.copyOf(runs);
    }

    public record Run(String text, boolean matched) {
    }

    static Highlighted plain(String text) {
        return new Highlighted(List.of(new Run(text, false)));
    }
}
