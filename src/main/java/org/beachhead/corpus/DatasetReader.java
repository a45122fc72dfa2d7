package org.beachhead.corpus;

import java.nio.file.Path;

/**
 * Reads a dataset document (see docs/exports.md) as a curation carrying its articles' texts, so
 * start-up can load it instead of the corpus folder. The export feature implements it: it owns the
 * document's format, and the corpus package stays free of it.
 */
public interface DatasetReader {

    /** @throws CorpusException when the document cannot be read or is not a dataset */
    Curation read(Path document);
}
