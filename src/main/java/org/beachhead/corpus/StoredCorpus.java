package org.beachhead.corpus;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A corpus kept in the curation history: each file by the SHA-256 of its bytes, read when the verifier asks for
 * it (a large corpus's captures are not all held at once). A draft is one too, its new files read from memory.
 */
record StoredCorpus(String location, String curationFile, Map<String, String> files,
                    Function<String, byte[]> content) implements CorpusFiles {

    @Override
    public String describe(String file) {
        return location + ", " + file;
    }

    @Override
    public boolean exists(String file) {
        return files.containsKey(file);
    }

    @Override
    public byte[] read(String file) throws IOException {
        String sha256 = files.get(file);
        if (sha256 == null) {
            throw new NoSuchFileException(describe(file));
        }
        return content.apply(sha256);
    }

    @Override
    public List<String> list() {
        return files.keySet().stream().sorted().toList();
    }
}
