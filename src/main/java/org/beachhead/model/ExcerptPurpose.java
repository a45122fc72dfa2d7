package org.beachhead.model;

/** Why an excerpt was curated. */
public enum ExcerptPurpose {
    /** Evidence that an event happened as its headline says. */
    EVIDENCE,
    /** The words from which an event's date was read or inferred. */
    DATING,
    /** What the corpus says a partner or regulator is. */
    ABOUT
}
