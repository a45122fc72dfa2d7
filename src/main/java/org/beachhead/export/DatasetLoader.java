package org.beachhead.export;

import org.beachhead.corpus.CorpusException;
import org.beachhead.corpus.CorpusFiles;
import org.beachhead.corpus.CorpusImporter;
import org.beachhead.corpus.CorpusProblem;
import org.beachhead.corpus.DatasetFiles;
import org.beachhead.corpus.ImportOutcome;
import org.springframework.stereotype.Service;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Loads a dataset document into the database through the corpus import: the document becomes a
 * curation file and article files ({@link DatasetCorpus}), which are verified and imported like
 * the {@code seeds/} folder. Start-up uses it when {@code beachhead.corpus.dataset} names a document.
 */
@Service
public class DatasetLoader implements DatasetFiles {

    private final CorpusImporter importer;
    private final JsonMapper json;

    public DatasetLoader(CorpusImporter importer, JsonMapper json) {
        this.importer = importer;
        this.json = json;
    }

    /**
     * Replaces the loaded corpus with the dataset's, unless that very content is loaded already.
     *
     * @throws CorpusException when the dataset does not verify; the database is then left untouched
     */
    public ImportOutcome load(Dataset dataset) {
        return importer.importCorpus(DatasetCorpus.files(dataset, "the dataset document"));
    }

    @Override
    public CorpusFiles read(Path document) {
        try {
            return DatasetCorpus.files(json.readValue(Files.readAllBytes(document), Dataset.class), document.toString());
        } catch (IOException e) {
            throw new CorpusException(new CorpusProblem(document.toString(), 0, "", "cannot read the file: " + e));
        } catch (JacksonException e) {
            throw new CorpusException(new CorpusProblem(document.toString(), 0, "",
                    "not a dataset document: " + e.getOriginalMessage()));
        }
    }
}
