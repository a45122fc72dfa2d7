package org.beachhead.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;

import java.util.LinkedHashSet;
import java.util.Set;

/** A deal struck or only discussed; its dates come from the events that report it. */
@Entity
public class Deal extends NamedEntity {

    @Enumerated(EnumType.STRING)
    @Column(name = "deal_type")
    private DealType type;

    @Enumerated(EnumType.STRING)
    private DealStatus status;

    /** False for deals between others that still bear on Netflix's entry (e.g. LeTV and Microsoft). */
    private boolean netflixParty;

    private String summary;

    @ManyToMany
    @JoinTable(name = "deal_partner", joinColumns = @JoinColumn(name = "deal_id"),
            inverseJoinColumns = @JoinColumn(name = "partner_id"))
    private Set<Partner> partners = new LinkedHashSet<>();

    @ManyToMany
    @JoinTable(name = "deal_title", joinColumns = @JoinColumn(name = "deal_id"),
            inverseJoinColumns = @JoinColumn(name = "title_id"))
    private Set<Title> titles = new LinkedHashSet<>();

    protected Deal() {
    }

    public Deal(String slug, String name, DealType type, DealStatus status, boolean netflixParty, String summary,
                Set<Partner> partners, Set<Title> titles) {
        super(slug, name);
        this.type = type;
        this.status = status;
        this.netflixParty = netflixParty;
        this.summary = summary;
        this.partners = new LinkedHashSet<>(partners);
        this.titles = new LinkedHashSet<>(titles);
    }

}
