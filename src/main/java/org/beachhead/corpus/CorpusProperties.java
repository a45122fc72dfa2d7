package org.beachhead.corpus;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.nio.file.Path;

/**
 * Where the corpus lives: {@code folder} holds the articles and the curation file. Relative
 * paths resolve against the working directory (the project root when run with Maven).
 * {@code dataset}, when set, names a dataset document (as served at {@code /dataset.json}) that
 * start-up loads instead of the folder.
 */
@ConfigurationProperties("beachhead.corpus")
public record CorpusProperties(@DefaultValue("seeds") Path folder, @DefaultValue("curation.yaml") String file,
                               @DefaultValue("true") boolean importOnStartup, Path dataset) {
}
