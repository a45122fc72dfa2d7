package org.beachhead.model;

import jakarta.persistence.MappedSuperclass;

/** An entity with a page of its own: its slug is its stable, citable key in URLs and in the curation file. */
@MappedSuperclass
public abstract class SluggedEntity extends BaseEntity {

    private String slug;

    protected SluggedEntity() {
    }

    protected SluggedEntity(String slug) {
        this.slug = slug;
    }

    public String getSlug() {
        return slug;
    }
}
