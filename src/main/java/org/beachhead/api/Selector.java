package org.beachhead.api;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Where an excerpt stands in its article, as a W3C Web Annotation selector. Both kinds describe the
 * same passage: the quote with the text around it survives edits elsewhere; the offsets are exact.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({@JsonSubTypes.Type(value = Selector.TextQuote.class, name = "TextQuoteSelector"),
        @JsonSubTypes.Type(value = Selector.TextPosition.class, name = "TextPositionSelector")})
@Schema(oneOf = {Selector.TextQuote.class, Selector.TextPosition.class})
public sealed interface Selector {

    @Schema(name = "TextQuoteSelector", description = "The exact words, with up to 32 characters before and after them")
    record TextQuote(String exact, String prefix, String suffix) implements Selector {
    }

    @Schema(name = "TextPositionSelector",
            description = "Character offsets into the article's text (UTF-16 code units, as Java and JavaScript count): "
                    + "the passage is [start, end)")
    record TextPosition(int start, int end) implements Selector {
    }
}
