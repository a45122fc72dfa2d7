package org.beachhead.person;

import org.beachhead.common.Text;

/** A person as the people index and their page head show them: in how many events named, and in how many quoted. */
public record PersonSummary(String slug, String name, String chineseName, Text role, long events, long quoted) {

    /** The name in the reader's language: the Chinese name for a Chinese reader, where there is one. */
    public String label() {
        return new Text(name, chineseName).toString();
    }
}
