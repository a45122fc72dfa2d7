package org.beachhead.corpus;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.nio.file.Path;

/**
 * Where the corpus lives: {@code folder} holds the articles and the curation file. Relative
 * paths resolve against the working directory (the project root when run with Maven).
 */
@ConfigurationProperties("beachhead.corpus")
public record CorpusProperties(@DefaultValue("seeds") Path folder, @DefaultValue("curation.yaml") String file,
                               @DefaultValue("true") boolean importOnStartup) {
}
