package org.beachhead.common;

/**
 * A link-sized view of a partner, title, regulator, person or deal: enough to name it and link to
 * it. {@code chineseName} is null where the data has none.
 */
public record EntityRef(String slug, String name, String chineseName) {

    public EntityRef(String slug, String name) {
        this(slug, name, null);
    }
}
