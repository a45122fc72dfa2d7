package org.beachhead.person;

import org.beachhead.common.Text;

/** A person as the people index and their page head show them: in how many events named, and in how many quoted. */
public record PersonSummary(String slug, String name, String chineseName, Text role, long events, long quoted) {
}
