package org.beachhead.regulator;

import org.beachhead.common.Text;

/** A regulator as the regulators index and its page head show it. */
public record RegulatorSummary(String slug, String name, String shortName, String chineseName, Text summary,
                               long events) {

    public String displayName() {
        return shortName == null ? name : shortName;
    }
}
