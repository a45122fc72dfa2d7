package org.beachhead.model;

import jakarta.persistence.Column;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Embedded;
import org.beachhead.common.Text;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

import java.util.ArrayList;
import java.util.List;

/**
 * An open question the sources answer in more than one way ("Is Netflix in China?"): each side is an
 * answer in the curators' words and the events whose excerpts give it, shown next to each other.
 */
@Entity
public class Question extends SluggedEntity {

    @Embedded
    @AttributeOverride(name = "en", column = @Column(name = "text"))
    @AttributeOverride(name = "zh", column = @Column(name = "text_zh"))
    private Text text;

    /** The question's place in the curated order. */
    private int seq;

    @ElementCollection
    @CollectionTable(name = "question_side", joinColumns = @JoinColumn(name = "question_id"))
    private List<Side> sides = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "question_claim", joinColumns = @JoinColumn(name = "question_id"))
    private List<Claim> claims = new ArrayList<>();

    protected Question() {
    }

    public Question(String slug, Text text, int seq) {
        super(slug);
        this.text = text;
        this.seq = seq;
    }

    /** Adds a side, its answer and the events that give it, in order. */
    public void addSide(Text answer, List<Event> events) {
        int side = sides.size();
        sides.add(new Side(side, answer));
        for (Event event : events) {
            claims.add(new Claim(side, claims.size(), event));
        }
    }

    @Embeddable
    public static class Side {
        private int side;
        @Embedded
        @AttributeOverride(name = "en", column = @Column(name = "answer"))
        @AttributeOverride(name = "zh", column = @Column(name = "answer_zh"))
        private Text answer;

        protected Side() {
        }

        Side(int side, Text answer) {
            this.side = side;
            this.answer = answer;
        }
    }

    @Embeddable
    public static class Claim {
        private int side;
        private int seq;

        @ManyToOne(fetch = FetchType.LAZY)
        @JoinColumn(name = "event_id")
        private Event event;

        protected Claim() {
        }

        Claim(int side, int seq, Event event) {
            this.side = side;
            this.seq = seq;
            this.event = event;
        }
    }
}
