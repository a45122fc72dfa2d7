package org.beachhead.workbench;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import java.time.Instant;

/** What a reader says is wrong with an event, and whether an editor has dealt with it. */
@Entity
class ProblemReport {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "event_slug")
    private String eventSlug;

    private String text;

    @Column(name = "reported_at")
    private Instant reportedAt;

    @Enumerated(EnumType.STRING)
    private ReportState state;

    @Column(name = "handled_by")
    private String handledBy;

    @Column(name = "handled_at")
    private Instant handledAt;

    protected ProblemReport() {
    }

    ProblemReport(String eventSlug, String text, Instant reportedAt) {
        this.eventSlug = eventSlug;
        this.text = text;
        this.reportedAt = reportedAt;
        this.state = ReportState.OPEN;
    }

    Long id() {
        return id;
    }

    /** Handled (or open again) by {@code editor} at {@code at}: the last change is the one kept. */
    void mark(ReportState state, String editor, Instant at) {
        this.state = state;
        this.handledBy = editor;
        this.handledAt = at;
    }
}
