package org.beachhead.model;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

import java.util.Objects;

/** An organisation in an event or a deal other than as a party: a backer, a rival, a supplier or a name in passing. */
@Embeddable
public class Involvement {

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "partner_id")
    private Partner partner;

    @Enumerated(EnumType.STRING)
    private Role role;

    protected Involvement() {
    }

    public Involvement(Partner partner, Role role) {
        this.partner = partner;
        this.role = role;
    }

    /** By value, so Hibernate sees an unchanged set as unchanged instead of rewriting it at every flush. */
    @Override
    public boolean equals(Object other) {
        return other instanceof Involvement that && role == that.role
                && Objects.equals(partner.getId(), that.partner.getId());
    }

    @Override
    public int hashCode() {
        return Objects.hash(partner.getId(), role);
    }
}
