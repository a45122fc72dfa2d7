package org.beachhead.corpus;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.NoSuchFileException;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The corpus shipped inside the application: the build copies {@code seeds/} into the jar (pom.xml),
 * so the packaged app starts on it from any folder.
 */
record ClasspathCorpus(String folder, String curationFile) implements CorpusFiles {

    /** Where the build puts {@code seeds/} on the classpath. */
    static final String SHIPPED = "seeds/";

    @Override
    public String location() {
        return "classpath:" + folder;
    }

    @Override
    public String describe(String file) {
        return location() + file;
    }

    @Override
    public boolean exists(String file) {
        return ClasspathCorpus.class.getClassLoader().getResource(folder + file) != null;
    }

    @Override
    public byte[] read(String file) throws IOException {
        try (InputStream in = ClasspathCorpus.class.getClassLoader().getResourceAsStream(folder + file)) {
            if (in == null) {
                throw new NoSuchFileException(describe(file));
            }
            return in.readAllBytes();
        }
    }

    @Override
    public List<String> list() throws IOException {
        Resource[] files = new PathMatchingResourcePatternResolver(ClasspathCorpus.class.getClassLoader())
                .getResources(location() + "*");
        return Arrays.stream(files).map(Resource::getFilename).filter(Objects::nonNull).toList();
    }
}
