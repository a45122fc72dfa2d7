package org.beachhead.api;

import org.beachhead.common.Text;
import io.swagger.v3.oas.annotations.media.Schema;
import org.beachhead.common.DateBasis;
import org.beachhead.common.PartialDate;

import java.util.Locale;

@Schema(description = "A date at the precision the sources allow: a year stays a year, never 1 January.")
public record ApiDate(
        @Schema(description = "ISO 8601 at the date's precision: YYYY-MM-DD, YYYY-MM or YYYY", example = "2015-03")
        String value,
        @Schema(allowableValues = {"day", "month", "year"}, example = "month") String precision,
        @Schema(description = "True for a date known only roughly (\"c. Mar 2015\")") boolean approximate,
        @Schema(description = "The date as the site shows it", example = "c. Mar 2015") String display,
        @Schema(description = "How the date was established: from the article's publication date, stated in the "
                + "text, or inferred from it; null where the corpus does not say",
                allowableValues = {"published", "stated", "inferred"}, nullable = true, example = "inferred")
        String datedBy,
        @Schema(description = "How the date was worked out, in the curator's words", nullable = true) String note,
        @Schema(description = "The note's Chinese text", nullable = true) String noteZh) {

    static ApiDate of(PartialDate date, DateBasis datedBy, Text note) {
        if (date == null) {
            return null;
        }
        return new ApiDate(date.iso(), date.precision().name().toLowerCase(Locale.ROOT), date.approximate(),
                date.display(), datedBy == null ? null : datedBy.code(),
                note == null || note.en().isBlank() ? null : note.en(),
                note == null || note.en().isBlank() ? null : note.zh());
    }

    static ApiDate of(PartialDate date) {
        return of(date, null, null);
    }
}
