package org.beachhead.regulator;

/** A regulator as the regulators index and its page head show it. */
public record RegulatorSummary(String slug, String name, String shortName, String chineseName, String summary,
                               long events) {

    public String displayName() {
        return shortName == null ? name : shortName;
    }
}
