package org.beachhead.title;

import org.beachhead.common.Text;
import org.beachhead.model.TitleFormat;

/** A title as the titles index and its page head show it. */
public record TitleSummary(String slug, String name, String chineseName, TitleFormat format, Text origin,
                           Text episodes, Text summary, long events) {

    /** The name in the reader's language: the Chinese name for a Chinese reader, where there is one. */
    public String label() {
        return new Text(name, chineseName).toString();
    }
}
