package org.beachhead.corpus;

import java.io.IOException;
import java.util.List;

/**
 * The files a corpus is read from: the curation file and the article files beside it, by plain
 * file name. A folder on disk is one such corpus ({@link FolderCorpus}); the corpus shipped in the
 * application is another ({@link ClasspathCorpus}). Both go through the same verification and import.
 */
public interface CorpusFiles {

    String curationFile();

    /** Where the files are, as messages name it. */
    String location();

    /** A file as messages name it, so a curator can find it. */
    String describe(String file);

    boolean exists(String file);

    byte[] read(String file) throws IOException;

    /** Every file name the corpus holds, so articles without an entry can be reported. */
    List<String> list() throws IOException;
}
