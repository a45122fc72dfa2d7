package org.beachhead.workbench;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import org.beachhead.corpus.CorpusHistory;

import java.util.List;

/**
 * A version against the one it was based on: the curation file as a unified diff (three lines of context, as
 * {@code git diff} shows it), and the files it adds or removes.
 */
record VersionDiff(CorpusHistory.Version version, List<Line> lines, List<String> added, List<String> removed) {

    /** One line of the diff, with its kind for styling: a header, context, an added or a removed line. */
    record Line(String kind, String text) {
    }

    static List<Line> unified(String file, String before, String after) {
        List<String> original = before.lines().toList();
        List<String> revised = after.lines().toList();
        List<String> diff = UnifiedDiffUtils.generateUnifiedDiff("a/" + file, "b/" + file, original,
                DiffUtils.diff(original, revised), 3);
        return diff.stream().map(line -> new Line(kind(line), line)).toList();
    }

    private static String kind(String line) {
        if (line.startsWith("+++") || line.startsWith("---") || line.startsWith("@@")) {
            return "header";
        }
        if (line.startsWith("+")) {
            return "added";
        }
        return line.startsWith("-") ? "removed" : "context";
    }
}
