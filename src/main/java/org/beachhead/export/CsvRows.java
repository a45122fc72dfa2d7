package org.beachhead.export;

import tools.jackson.databind.SequenceWriter;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;
import tools.jackson.dataformat.csv.CsvWriteFeature;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/**
 * Writes export rows as RFC 4180 CSV in UTF-8: a header line, CRLF line ends, and a field quoted
 * (with its quote marks doubled) whenever it holds a quote mark, a comma or a line break, which
 * Jackson's CSV writer does for us. List columns are one cell with the items joined by "; ".
 * <p>
 * The output starts with a UTF-8 byte order mark: Excel, the spreadsheet most researchers open a
 * CSV with, reads a file without one in the computer's legacy code page and garbles 爱奇艺, while
 * the usual CSV readers (Python's csv with utf-8-sig, pandas, R, LibreOffice, Jackson) skip it.
 */
final class CsvRows {

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    /** Quotes only the fields that need it, rather than every long one, so the file reads plainly. */
    private static final CsvMapper MAPPER = CsvMapper.builder().enable(CsvWriteFeature.STRICT_CHECK_FOR_QUOTING).build();

    private CsvRows() {
    }

    /**
     * Rows written one at a time as they are read, so a long download is never held whole. Written
     * as an array, the header line comes first even when no row follows; closing the writer closes {@code out}.
     */
    static <T extends Record> SequenceWriter writer(Class<T> type, OutputStream out) {
        CsvSchema schema = MAPPER.schemaFor(type).withHeader().withLineSeparator("\r\n").withArrayElementSeparator("; ");
        try {
            out.write(UTF8_BOM);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return MAPPER.writer(schema).writeValuesAsArray(out);
    }
}
