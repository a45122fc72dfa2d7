package org.beachhead.corpus;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The corpus cannot be loaded. The message lists every problem found, each with the file, the
 * line, the entry and what is wrong, so a curator can fix them all in one pass.
 */
public class CorpusException extends RuntimeException {

    private final List<CorpusProblem> problems;

    public CorpusException(List<CorpusProblem> problems) {
        super(describe(problems));
        this.problems = List.copyOf(problems);
    }

    public CorpusException(CorpusProblem problem) {
        this(List.of(problem));
    }

    public List<CorpusProblem> problems() {
        return problems;
    }

    private static String describe(List<CorpusProblem> problems) {
        String heading = problems.size() == 1 ? "The corpus has a problem:" : "The corpus has " + problems.size() + " problems:";
        return problems.stream().map(problem -> "\n  - " + problem).collect(Collectors.joining("", heading, ""));
    }
}
