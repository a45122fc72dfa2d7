package org.beachhead.model;

import org.beachhead.common.Text;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import org.beachhead.common.PartialDate;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** A deal struck or only discussed; its dates come from the events that report it. */
@Entity
public class Deal extends NamedEntity {

    private String chineseName;

    @Enumerated(EnumType.STRING)
    @Column(name = "deal_type")
    private DealType type;

    @Enumerated(EnumType.STRING)
    private DealStatus status;

    /** False for deals between others that still bear on Netflix's entry (e.g. LeTV and Microsoft). */
    private boolean netflixParty;

    @Embedded
    @AttributeOverride(name = "en", column = @Column(name = "summary"))
    @AttributeOverride(name = "zh", column = @Column(name = "summary_zh"))
    private Text summary;

    /** The latest report of the deal: its status is true as of then, not today. */
    @Embedded
    @AttributeOverride(name = "year", column = @Column(name = "status_as_of_year"))
    @AttributeOverride(name = "month", column = @Column(name = "status_as_of_month"))
    @AttributeOverride(name = "day", column = @Column(name = "status_as_of_day"))
    @AttributeOverride(name = "approximate", column = @Column(name = "status_as_of_approximate"))
    private PartialDate statusAsOf;

    /** Organisations in the deal other than as parties (the parties are {@link #partners}). */
    @ElementCollection
    @CollectionTable(name = "deal_role", joinColumns = @JoinColumn(name = "deal_id"))
    private Set<Involvement> roles = new LinkedHashSet<>();

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

    public Deal(String slug, String name, String chineseName, DealType type, DealStatus status, boolean netflixParty, Text summary,
                Set<Partner> partners, List<Involvement> roles, Set<Title> titles) {
        super(slug, name);
        this.chineseName = chineseName;
        this.type = type;
        this.status = status;
        this.netflixParty = netflixParty;
        this.summary = summary;
        this.partners = new LinkedHashSet<>(partners);
        this.roles = new LinkedHashSet<>(roles);
        this.titles = new LinkedHashSet<>(titles);
    }

    /** Dates the status by the deal's latest report; the importer calls it once its events are known. */
    public void statusAsOf(PartialDate latestReport) {
        this.statusAsOf = latestReport;
    }
}
