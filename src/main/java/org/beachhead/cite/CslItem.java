package org.beachhead.cite;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.beachhead.common.PartialDate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A source as a CSL-JSON item (the input of citeproc, Zotero and Pandoc): "article-newspaper" in
 * its publisher when the capture names one, "webpage" otherwise.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CslItem(String id, String type, String title, @JsonProperty("container-title") String containerTitle,
                      CslDate issued, @JsonProperty("URL") String url, CslDate accessed, String note) {

    public static CslItem of(CitedSource source, String siteUrl, LocalDate accessed) {
        return new CslItem("beachhead-" + source.slug(), source.publisher() != null ? "article-newspaper" : "webpage",
                source.headline().en(), source.publisher(), CslDate.of(source.published()), source.url(siteUrl),
                CslDate.of(new PartialDate(accessed.getYear(), accessed.getMonthValue(), accessed.getDayOfMonth(), false)),
                source.note());
    }

    /** A date to the precision it is known ({@code [["2015", "3"]]}), with {@code circa} when it is approximate. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record CslDate(@JsonProperty("date-parts") List<List<String>> dateParts, Boolean circa) {

        static CslDate of(PartialDate date) {
            List<String> parts = new ArrayList<>(List.of(Integer.toString(date.year())));
            if (date.month() != null) {
                parts.add(date.month().toString());
            }
            if (date.day() != null) {
                parts.add(date.day().toString());
            }
            return new CslDate(List.of(List.copyOf(parts)), date.approximate() ? Boolean.TRUE : null);
        }
    }
}
