package org.beachhead.export;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.MappingIterator;
import tools.jackson.databind.SequenceWriter;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;
import tools.jackson.dataformat.csv.CsvWriteFeature;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class CsvRowsTest {

    private static final String AWKWARD = "He said \"not without a partner\", then left.\nNext line, with a comma.";

    @Test
    void quotesQuoteMarksCommasAndLineBreaksSoACsvParserReadsThemBack() {
        DealRow row = new DealRow("a-deal", AWKWARD, null, "licensing", "signed", "2015", true, List.of("iQiyi", "Wasu, Media"),
                List.of("iqiyi", "wasu"), List.of(), List.of(), null, "2015", 2, "/deals/a-deal");

        byte[] csv = write(List.of(row));
        List<Map<String, String>> parsed = parse(csv);

        assertThat(parsed).singleElement().satisfies(read -> {
            assertThat(read.get("name")).isEqualTo(AWKWARD);
            assertThat(read.get("partners")).isEqualTo("iQiyi; Wasu, Media");
            assertThat(read.get("titles")).isEmpty();
            assertThat(read.get("firstReported")).isEmpty();
            assertThat(read.get("eventCount")).isEqualTo("2");
        });
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text).contains("\"He said \"\"not without a partner\"\", then left.\nNext line, with a comma.\"");
    }

    @Test
    void writesAUtf8HeaderLineWithCrlfLineEndsAfterAByteOrderMark() {
        DealRow row = new DealRow("iqiyi-bardo", "爱奇艺 Bardo", "爱奇艺《Bardo》", "original-production", "announced",
                "2017-08-12", true,
                List.of("iQiyi"), List.of("iqiyi"), List.of("ifa-media: mentioned"), List.of("Bardo"), "2017-08-11",
                "2017-08-11", 1, "/deals/iqiyi-bardo");

        byte[] csv = write(List.of(row, row));

        assertThat(csv).startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
        assertThat(text).startsWith("slug,name,chineseName,type,status,statusAsOf,netflixParty,partners,partnerSlugs,roles,"
                + "titles,firstReported,latest,eventCount,permalink\r\n")
                .endsWith("\r\n").doesNotContain("\n\n").contains("爱奇艺 Bardo");
        assertThat(text.split("\r\n")).hasSize(3)
                .as("only fields that need quotes are quoted").contains("iqiyi-bardo,爱奇艺 Bardo,爱奇艺《Bardo》,"
                        + "original-production,announced,2017-08-12,true,iQiyi,iqiyi,ifa-media: mentioned,Bardo,2017-08-11,2017-08-11,1,/deals/iqiyi-bardo");
        assertThat(text.replace("\r\n", "")).doesNotContain("\n");
    }

    @Test
    void rowsWrittenOneAtATimeGiveTheBytesOfTheWholeListWrittenAtOnceAndAHeaderWithoutRows() {
        DealRow row = new DealRow("a-deal", AWKWARD, null, "licensing", "signed", "2015", true, List.of("爱奇艺", "Wasu"),
                List.of("iqiyi", "wasu"), List.of(), List.of(), null, "2015", 2, "/deals/a-deal");
        CsvSchema schema = new CsvMapper().schemaFor(DealRow.class).withHeader().withLineSeparator("\r\n")
                .withArrayElementSeparator("; ");
        CsvMapper atOnce = CsvMapper.builder().enable(CsvWriteFeature.STRICT_CHECK_FOR_QUOTING).build();

        for (List<DealRow> rows : List.of(List.<DealRow>of(), List.of(row), List.of(row, row, row))) {
            String whole = "\uFEFF" + atOnce.writer(schema).writeValueAsString(rows);
            assertThat(new String(write(rows), StandardCharsets.UTF_8)).isEqualTo(whole);
        }
        assertThat(new String(write(List.of()), StandardCharsets.UTF_8)).startsWith("\uFEFFslug,name,chineseName,type,").endsWith("permalink\r\n");
    }

    private static byte[] write(List<DealRow> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (SequenceWriter writer = CsvRows.writer(DealRow.class, out)) {
            writer.writeAll(rows);
        }
        return out.toByteArray();
    }

    static List<Map<String, String>> parse(byte[] csv) {
        CsvMapper mapper = new CsvMapper();
        try (MappingIterator<Map<String, String>> rows = mapper.readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(csv)) {
            return rows.readAll();
        }
    }
}
