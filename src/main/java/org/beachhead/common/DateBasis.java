package org.beachhead.common;

/** How a date was established. */
public enum DateBasis implements Coded {
    PUBLISHED("the publication date of the article"),
    STATED("stated in the text"),
    INFERRED("inferred from the text");

    private final String description;

    DateBasis(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
