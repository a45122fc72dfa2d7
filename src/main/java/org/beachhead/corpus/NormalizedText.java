package org.beachhead.corpus;

import java.util.Arrays;

/**
 * Text with white-space runs folded to one space and curly quote marks made straight, remembering
 * for every character where it came from in the original. Quotes are matched in this form, so a
 * curator may write {@code '} for {@code ’} or break a line differently, and nothing else.
 */
final class NormalizedText {

    private final String text;
    private final int[] originalOffsets;

    private NormalizedText(String text, int[] originalOffsets) {
        this.text = text;
        this.originalOffsets = originalOffsets;
    }

    static NormalizedText of(String original) {
        StringBuilder folded = new StringBuilder(original.length());
        int[] offsets = new int[original.length()];
        boolean previousWasSpace = false;
        for (int i = 0; i < original.length(); i++) {
            char c = original.charAt(i);
            if (isSpace(c)) {
                if (previousWasSpace) {
                    continue;
                }
                c = ' ';
                previousWasSpace = true;
            } else {
                previousWasSpace = false;
            }
            offsets[folded.length()] = i;
            folded.append(straighten(c));
        }
        return new NormalizedText(folded.toString(), Arrays.copyOf(offsets, folded.length()));
    }

    /** The normalized form of a curator's quote: folded, straightened and trimmed. */
    static String normalizeQuote(String quote) {
        return of(quote).text.trim();
    }

    String text() {
        return text;
    }

    /** The original offset of the normalized character at {@code index}. */
    int originalOffset(int index) {
        return originalOffsets[index];
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static char straighten(char c) {
        return switch (c) {
            case '\u2018', '\u2019', '\u201A', '\u2032' -> '\'';
            case '\u201C', '\u201D', '\u201E', '\u2033' -> '"';
            default -> c;
        };
    }
}
