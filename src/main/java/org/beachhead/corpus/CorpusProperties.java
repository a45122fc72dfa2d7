package org.beachhead.corpus;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.nio.file.Path;

/**
 * Where the corpus lives. Unset, it is the corpus shipped in the application ({@code seeds/}
 * copied in at build time); {@code folder} names a folder of articles and the curation file
 * instead (relative to the working directory; {@code mvn spring-boot:run} sets it to the
 * project's {@code seeds/}, so an edit there is what the next start loads). {@code dataset}, when
 * set, names a dataset document (as served at {@code /dataset.json}) that start-up loads instead.
 */
@ConfigurationProperties("beachhead.corpus")
public record CorpusProperties(Path folder, @DefaultValue("curation.yaml") String file,
                               @DefaultValue("true") boolean importOnStartup, Path dataset) {

    /** The corpus start-up reads when it reads no dataset. */
    CorpusFiles files() {
        return folder == null ? new ClasspathCorpus(ClasspathCorpus.SHIPPED, file) : new FolderCorpus(folder, file);
    }
}
