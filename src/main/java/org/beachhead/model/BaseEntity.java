package org.beachhead.model;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/**
 * The id every entity has. Ids come from a sequence per entity ({@code <entity>_seq}, Hibernate's
 * implicit name), 50 at a time (its implicit block, matching the sequences' increment set by migration
 * V3), so Hibernate knows an id before the insert and the importer's inserts go in JDBC batches.
 */
@MappedSuperclass
public abstract class BaseEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE)
    private Long id;

    public Long getId() {
        return id;
    }
}
