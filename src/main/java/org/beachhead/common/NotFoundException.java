package org.beachhead.common;

/** A page asked for something the corpus does not have, such as an unknown partner slug. */
public class NotFoundException extends RuntimeException {

    private final String kind;
    private final String key;

    public NotFoundException(String kind, String key) {
        super("No " + kind + " with the slug '" + key + "'");
        this.kind = kind;
        this.key = key;
    }

    public String kind() {
        return kind;
    }

    public String key() {
        return key;
    }
}
