package org.beachhead.export;

import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;
import tools.jackson.dataformat.csv.CsvWriteFeature;

import java.io.ByteArrayOutputStream;
import java.util.List;

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

    static <T extends Record> byte[] write(Class<T> type, List<T> rows) {
        CsvSchema schema = MAPPER.schemaFor(type).withHeader().withLineSeparator("\r\n").withArrayElementSeparator("; ");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(UTF8_BOM);
        MAPPER.writer(schema).writeValue(out, rows);
        return out.toByteArray();
    }
}
