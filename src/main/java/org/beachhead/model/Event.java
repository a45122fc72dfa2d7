package org.beachhead.model;

import org.beachhead.common.Text;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import org.beachhead.common.DateBasis;
import org.beachhead.common.PartialDate;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Something that happened (or was said) on Netflix's way to China, dated honestly and backed by excerpts. */
@Entity
public class Event extends SluggedEntity {

    @Enumerated(EnumType.STRING)
    private EventKind kind;

    @Embedded
    @AttributeOverride(name = "en", column = @Column(name = "headline"))
    @AttributeOverride(name = "zh", column = @Column(name = "headline_zh"))
    private Text headline;

    @Embedded
    @AttributeOverride(name = "year", column = @Column(name = "date_year"))
    @AttributeOverride(name = "month", column = @Column(name = "date_month"))
    @AttributeOverride(name = "day", column = @Column(name = "date_day"))
    @AttributeOverride(name = "approximate", column = @Column(name = "date_approximate"))
    private PartialDate date;

    @Enumerated(EnumType.STRING)
    private DateBasis datedBy;

    @Embedded
    @AttributeOverride(name = "en", column = @Column(name = "date_note"))
    @AttributeOverride(name = "zh", column = @Column(name = "date_note_zh"))
    private Text dateNote;

    /** When the earliest article citing it was published: the event's date says when it happened. */
    @Embedded
    @AttributeOverride(name = "year", column = @Column(name = "reported_year"))
    @AttributeOverride(name = "month", column = @Column(name = "reported_month"))
    @AttributeOverride(name = "day", column = @Column(name = "reported_day"))
    @AttributeOverride(name = "approximate", column = @Column(name = "reported_approximate"))
    private PartialDate reported;

    @Enumerated(EnumType.STRING)
    private Attribution attribution;

    /** The person quoted, when the claim is theirs. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "speaker_id")
    private Person speaker;

    /** The report relayed, in the article's words ("Deadline", "people close to the talks"). */
    private String relayedFrom;

    @Enumerated(EnumType.STRING)
    private Certainty certainty;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "deal_id")
    private Deal deal;

    @ManyToMany
    @JoinTable(name = "event_partner", joinColumns = @JoinColumn(name = "event_id"),
            inverseJoinColumns = @JoinColumn(name = "partner_id"))
    private Set<Partner> partners = new LinkedHashSet<>();

    @ManyToMany
    @JoinTable(name = "event_title", joinColumns = @JoinColumn(name = "event_id"),
            inverseJoinColumns = @JoinColumn(name = "title_id"))
    private Set<Title> titles = new LinkedHashSet<>();

    @ManyToMany
    @JoinTable(name = "event_regulator", joinColumns = @JoinColumn(name = "event_id"),
            inverseJoinColumns = @JoinColumn(name = "regulator_id"))
    private Set<Regulator> regulators = new LinkedHashSet<>();

    @ManyToMany
    @JoinTable(name = "event_rule", joinColumns = @JoinColumn(name = "event_id"),
            inverseJoinColumns = @JoinColumn(name = "rule_id"))
    private Set<Rule> rules = new LinkedHashSet<>();

    @ManyToMany
    @JoinTable(name = "event_person", joinColumns = @JoinColumn(name = "event_id"),
            inverseJoinColumns = @JoinColumn(name = "person_id"))
    private Set<Person> people = new LinkedHashSet<>();

    /** Organisations in the event other than as parties (the parties are {@link #partners}). */
    @ElementCollection
    @CollectionTable(name = "event_role", joinColumns = @JoinColumn(name = "event_id"))
    private Set<Involvement> roles = new LinkedHashSet<>();

    /** A key event of the story: the compact timeline marks it and the story mode steps through it. */
    private boolean keyEvent;

    protected Event() {
    }

    public Event(String slug, EventKind kind, Text headline, PartialDate date, DateBasis datedBy, Text dateNote,
                 Deal deal) {
        super(slug);
        this.kind = kind;
        this.headline = headline;
        this.date = date;
        this.datedBy = datedBy;
        this.dateNote = dateNote;
        this.deal = deal;
    }

    /** Rewrites what the curation says of the event, for a saved edit; the importer writes its links and excerpts again. */
    public void revise(EventKind kind, Text headline, PartialDate date, DateBasis datedBy, Text dateNote, Deal deal,
                       boolean keyEvent) {
        this.kind = kind;
        this.headline = headline;
        this.date = date;
        this.datedBy = datedBy;
        this.dateNote = dateNote;
        this.deal = deal;
        this.keyEvent = keyEvent;
    }

    /** Links this event to what it involves; the importer calls it when it writes the event. */
    public void involve(Set<Partner> partners, Set<Title> titles, Set<Regulator> regulators, Set<Rule> rules,
                        Set<Person> people) {
        this.partners = new LinkedHashSet<>(partners);
        this.titles = new LinkedHashSet<>(titles);
        this.regulators = new LinkedHashSet<>(regulators);
        this.rules = new LinkedHashSet<>(rules);
        this.people = new LinkedHashSet<>(people);
    }

    /** Says whose claim this is and how sure, and when it was first reported; the importer calls it when it writes the event. */
    public void attribute(Attribution attribution, Person speaker, String relayedFrom, Certainty certainty,
                          PartialDate reported) {
        this.attribution = attribution;
        this.speaker = speaker;
        this.relayedFrom = relayedFrom;
        this.certainty = certainty;
        this.reported = reported;
    }

    /** Sets the organisations that are not parties; the importer calls it when it writes the event. */
    public void involveOthers(List<Involvement> roles) {
        this.roles = new LinkedHashSet<>(roles);
    }

    /** Makes this a key event of the story; the importer calls it for the events the curators mark {@code key: true}. */
    public void markKey() {
        this.keyEvent = true;
    }

    public EventKind getKind() {
        return kind;
    }

    public Text getHeadline() {
        return headline;
    }

    public PartialDate getDate() {
        return date;
    }
}
