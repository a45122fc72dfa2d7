package org.beachhead.corpus;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.util.List;
import java.util.Map;

/**
 * A corpus held in memory: the curation file and the articles as bytes by file name. It lets a
 * corpus that never was a folder (one rebuilt from a dataset document) be verified and imported
 * exactly like {@code seeds/}.
 */
public record InMemoryCorpus(String location, String curationFile, Map<String, byte[]> files) implements CorpusFiles {

    public InMemoryCorpus {
        files = Map.copyOf(files);
    }

    @Override
    public String describe(String file) {
        return file + " (from " + location + ")";
    }

    @Override
    public boolean exists(String file) {
        return files.containsKey(file);
    }

    @Override
    public byte[] read(String file) throws IOException {
        byte[] bytes = files.get(file);
        if (bytes == null) {
            throw new NoSuchFileException(describe(file));
        }
        return bytes.clone();
    }

    @Override
    public List<String> list() {
        return files.keySet().stream().sorted().toList();
    }
}
