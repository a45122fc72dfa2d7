package org.beachhead.regulator;

import org.beachhead.common.Text;

/** A regulator as the regulators index and its page head show it. */
public record RegulatorSummary(String slug, String name, String shortName, String chineseName, Text summary,
                               long events) {

    /** The name in the reader's language: the Chinese name for a Chinese reader, where there is one. */
    public String label() {
        return new Text(displayName(), chineseName).toString();
    }

    public String displayName() {
        return shortName == null ? name : shortName;
    }
}
