package org.beachhead.corpus;

import org.beachhead.BeachheadApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;

import java.nio.file.Path;

/**
 * Run in a process of its own by {@link KillDuringImportTest}: the application without its web server,
 * importing two corpora in turn, forever, into the database {@code args[0]}, so that a kill lands
 * in the middle of an import. Prints a line after each import.
 */
public final class ImportLoop {

    private ImportLoop() {
    }

    public static void main(String[] args) {
        // Arguments, not default properties: those would lose to application.properties' own database.
        CorpusImporter importer = new SpringApplicationBuilder(BeachheadApplication.class).web(WebApplicationType.NONE)
                .run("--beachhead.corpus.import-on-startup=false", "--spring.datasource.url=" + args[0],
                        "--logging.level.root=ERROR", "--spring.main.banner-mode=off")
                .getBean(CorpusImporter.class);
        for (int round = 0; ; round++) {
            importer.importCorpus(Path.of(args[1 + round % 2]), "curation.yaml");
            System.out.println("imported " + round);
            System.out.flush();
        }
    }
}
