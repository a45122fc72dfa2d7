package org.beachhead.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** A corpus folder on disk, such as {@code seeds/}. */
public record FolderCorpus(Path folder, String curationFile) implements CorpusFiles {

    @Override
    public String location() {
        return folder.toString();
    }

    @Override
    public String describe(String file) {
        return folder.resolve(file).toString();
    }

    @Override
    public boolean exists(String file) {
        return Files.isRegularFile(folder.resolve(file));
    }

    @Override
    public byte[] read(String file) throws IOException {
        return Files.readAllBytes(folder.resolve(file));
    }

    @Override
    public List<String> list() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(path -> path.getFileName().toString()).toList();
        }
    }
}
