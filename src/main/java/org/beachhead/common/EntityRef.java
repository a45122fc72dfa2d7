package org.beachhead.common;

/** A link-sized view of a partner, title, regulator, person or deal: enough to name it and link to it. */
public record EntityRef(String slug, String name) {
}
