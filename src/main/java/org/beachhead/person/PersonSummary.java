package org.beachhead.person;

/** A person as the people index and their page head show them. */
public record PersonSummary(String slug, String name, String role, long events) {
}
