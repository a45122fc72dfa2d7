package org.beachhead.export;

import org.springframework.http.MediaType;
import tools.jackson.databind.SequenceWriter;
import tools.jackson.databind.json.JsonMapper;

import java.io.OutputStream;

/** The two shapes of the timeline and deals downloads, named by the extension of their path. */
enum RowsFormat {

    CSV(MediaType.parseMediaType("text/csv;charset=UTF-8;header=present")),
    JSON(MediaType.APPLICATION_JSON);

    private final MediaType mediaType;

    RowsFormat(MediaType mediaType) {
        this.mediaType = mediaType;
    }

    static RowsFormat of(String extension) {
        return valueOf(extension.toUpperCase());
    }

    MediaType mediaType() {
        return mediaType;
    }

    String extension() {
        return name().toLowerCase();
    }

    /** A writer of rows into {@code out}: a CSV file, or a JSON array of objects; closing it ends the document. */
    <T extends Record> SequenceWriter open(Class<T> type, OutputStream out, JsonMapper json) {
        return this == CSV ? CsvRows.writer(type, out) : json.writerFor(type).writeValuesAsArray(out);
    }
}
