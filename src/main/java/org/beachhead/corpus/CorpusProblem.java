package org.beachhead.corpus;

/** One thing wrong with the corpus: where (file and line), in which entry, and what. */
public record CorpusProblem(String file, int line, String entry, String problem) {

    @Override
    public String toString() {
        String where = line > 0 ? file + ", line " + line : file;
        return entry == null || entry.isEmpty() ? where + ": " + problem : where + ", " + entry + ": " + problem;
    }
}
