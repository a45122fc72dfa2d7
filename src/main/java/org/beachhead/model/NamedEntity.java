package org.beachhead.model;

import jakarta.persistence.MappedSuperclass;

/** A slugged entity known by a name: a partner, deal, title, regulator, rule or person. */
@MappedSuperclass
public abstract class NamedEntity extends SluggedEntity {

    private String name;

    protected NamedEntity() {
    }

    protected NamedEntity(String slug, String name) {
        super(slug);
        this.name = name;
    }

    public String getName() {
        return name;
    }
}
