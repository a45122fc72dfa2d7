package org.beachhead.cite;

import org.beachhead.common.DateBasis;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CslItemTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @ParameterizedTest
    @CsvSource({
            "2017-08-12, 2017|8|12, false",
            "c. 2015-03, 2015|3, true",
            "2016, 2016, false",
            "c. 2023, 2023, true"})
    void issuedHasTheDatePartsTheDateIsKnownToAndCircaWhenApproximate(String date, String parts, boolean circa) {
        JsonNode issued = roundTrip(BibTeXTest.source("T", "CGTN", date, DateBasis.STATED)).get("issued");

        assertThat(strings(issued.get("date-parts").get(0))).isEqualTo(parts);
        assertThat(issued.has("circa")).isEqualTo(circa);
        assertThat(issued.path("circa").asBoolean(false)).isEqualTo(circa);
    }

    @ParameterizedTest
    @CsvSource({"CGTN, article-newspaper", ", webpage"})
    void aNamedPublisherIsTheContainerOfANewspaperArticle(String publisher, String type) {
        JsonNode item = roundTrip(BibTeXTest.source("Tom & Jerry", publisher, "2017-08-12", DateBasis.STATED));

        assertThat(item.get("type").asString()).isEqualTo(type);
        assertThat(item.path("container-title").isMissingNode()).isEqualTo(publisher == null);
        assertThat(item.get("title").asString()).isEqualTo("Tom & Jerry");
        assertThat(item.get("URL").asString()).isEqualTo("http://h/sources/a-source");
        assertThat(strings(item.get("accessed").get("date-parts").get(0))).isEqualTo("2026|11|23");
        assertThat(item.get("accessed").has("circa")).isFalse();
    }

    private static JsonNode roundTrip(CitedSource source) {
        return JSON.readTree(JSON.writeValueAsString(CslItem.of(source, "http://h", LocalDate.of(2026, 11, 23))));
    }

    private static String strings(JsonNode array) {
        List<String> parts = new ArrayList<>();
        array.forEach(part -> {
            assertThat(part.isString()).as("CSL date parts are written as strings").isTrue();
            parts.add(part.asString());
        });
        return String.join("|", parts);
    }
}
