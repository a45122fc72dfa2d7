package org.beachhead.api;

import io.swagger.v3.oas.annotations.media.DiscriminatorMapping;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Where an excerpt stands in its article, as a W3C Web Annotation selector. Both kinds describe the
 * same passage: the quote with the text around it survives edits elsewhere; the offsets are exact.
 * Each kind names itself in {@code type}, a constant, so that a validator or a client tells them apart.
 */
@Schema(oneOf = {Selector.TextQuote.class, Selector.TextPosition.class}, discriminatorProperty = "type",
        discriminatorMapping = {
                @DiscriminatorMapping(value = Selector.TextQuote.TYPE, schema = Selector.TextQuote.class),
                @DiscriminatorMapping(value = Selector.TextPosition.TYPE, schema = Selector.TextPosition.class)})
public sealed interface Selector {

    @Schema(name = "TextQuoteSelector", description = "The exact words, with up to 32 characters before and after them")
    record TextQuote(@Schema(_const = TYPE) String type, String exact, String prefix, String suffix) implements Selector {

        static final String TYPE = "TextQuoteSelector";

        TextQuote(String exact, String prefix, String suffix) {
            this(TYPE, exact, prefix, suffix);
        }
    }

    @Schema(name = "TextPositionSelector",
            description = "Character offsets into the article's text (UTF-16 code units, as Java and JavaScript count): "
                    + "the passage is [start, end)")
    record TextPosition(@Schema(_const = TYPE) String type, int start, int end) implements Selector {

        static final String TYPE = "TextPositionSelector";

        TextPosition(int start, int end) {
            this(TYPE, start, end);
        }
    }
}
