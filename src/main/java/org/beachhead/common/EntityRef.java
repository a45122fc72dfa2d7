package org.beachhead.common;

/**
 * A link-sized view of a partner, title, regulator, person or deal: enough to name it and link to
 * it. {@code chineseName} is null where the data has none.
 */
public record EntityRef(String slug, String name, String chineseName) {

    /** The name in the reader's language: the Chinese name for a Chinese reader, where there is one. */
    public String label() {
        return new Text(name, chineseName).toString();
    }

    public EntityRef(String slug, String name) {
        this(slug, name, null);
    }
}
