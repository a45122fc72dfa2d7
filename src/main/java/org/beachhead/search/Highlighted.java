package org.beachhead.search;

import java.util.ArrayList;
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

    /** The whole text, matched parts and not, as one string. */
    public String text() {
        StringBuilder text = new StringBuilder();
        runs.forEach(run -> text.append(run.text()));
        return text.toString();
    }

    /** Collects runs, joining neighbours of the same kind: the characters of 爱奇艺 make one mark. */
    static final class Builder {

        private final List<Run> runs = new ArrayList<>();

        Builder add(String text, boolean matched) {
            if (text.isEmpty()) {
                return this;
            }
            if (!runs.isEmpty() && runs.get(runs.size() - 1).matched() == matched) {
                Run last = runs.remove(runs.size() - 1);
                runs.add(new Run(last.text() + text, matched));
            } else {
                runs.add(new Run(text, matched));
            }
            return this;
        }

        Highlighted build() {
            return new Highlighted(runs);
        }
    }
}
