package org.beachhead.model;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/** A curated link from one event's claim to another's: both events' pages set the two side by side. */
@Entity
public class ClaimLink extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "event_id")
    private Event event;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "other_event_id")
    private Event other;

    @Enumerated(EnumType.STRING)
    private ClaimRelation relation;

    protected ClaimLink() {
    }

    public ClaimLink(Event event, Event other, ClaimRelation relation) {
        this.event = event;
        this.other = other;
        this.relation = relation;
    }
}
