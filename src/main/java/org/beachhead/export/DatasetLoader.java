package org.beachhead.export;

import org.beachhead.corpus.CorpusException;
import org.beachhead.corpus.CorpusImporter;
import org.beachhead.corpus.CorpusProblem;
import org.beachhead.corpus.Curation;
import org.beachhead.corpus.CurationJson;
import org.beachhead.corpus.DatasetReader;
import org.beachhead.corpus.ImportOutcome;
import org.springframework.stereotype.Service;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Loads a dataset document into the database through the corpus import: its curation records are
 * verified (every quote located again in its article's text, every reference checked) and imported
 * like the {@code seeds/} folder's. Start-up uses it when {@code beachhead.corpus.dataset} names a document.
 */
@Service
public class DatasetLoader implements DatasetReader {

    private final CorpusImporter importer;
    private final JsonMapper json;

    public DatasetLoader(CorpusImporter importer, JsonMapper json) {
        this.importer = importer;
        this.json = CurationJson.mapper(json);
    }

    /**
     * Replaces the loaded corpus with the dataset's, unless that very content is loaded already.
     *
     * @throws CorpusException when the dataset does not verify; the database is then left untouched
     */
    public ImportOutcome load(Dataset dataset) {
        String location = "the dataset document";
        return importer.importCuration(readable(dataset, location).curation(), location);
    }

    @Override
    public Curation read(Path document) {
        try {
            return readable(json.readValue(Files.readAllBytes(document), Dataset.class), document.toString()).curation();
        } catch (IOException e) {
            throw new CorpusException(new CorpusProblem(document.toString(), 0, "", "cannot read the file: " + e));
        } catch (JacksonException e) {
            throw new CorpusException(new CorpusProblem(document.toString(), 0, "",
                    "not a dataset document: " + e.getOriginalMessage()));
        }
    }

    private static Dataset readable(Dataset dataset, String location) {
        if (dataset.format() != Dataset.FORMAT) {
            throw new CorpusException(new CorpusProblem(location, 0, "", "dataset format " + dataset.format()
                    + " cannot be read; this version of Beachhead reads format " + Dataset.FORMAT));
        }
        return dataset;
    }
}
