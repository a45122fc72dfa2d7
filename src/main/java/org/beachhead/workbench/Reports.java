package org.beachhead.workbench;

import org.beachhead.common.BadParameterException;
import org.beachhead.common.NotFoundException;
import org.beachhead.common.PageWindow;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

/** Readers' problem reports: sent from an event's report form, read and marked at /curation and through the API. */
@Service
class Reports {

    static final int MAX_TEXT = 2000;
    static final int MIN_TEXT = 10;
    static final int PAGE_SIZE = 20;

    private final ReportQueries reports;
    private final EventTitles events;
    private final Clock clock = Clock.systemUTC();

    Reports(ReportQueries reports, EventTitles events) {
        this.reports = reports;
        this.events = events;
    }

    /** @throws NotFoundException naming the event when no event has this slug */
    @Transactional(readOnly = true)
    EventTitle event(String slug) {
        return events.bySlug(slug).orElseThrow(() -> new NotFoundException("event", slug));
    }

    /**
     * Stores what a reader wrote about an event, trimmed.
     *
     * @throws BadParameterException naming {@code text} when it is too short or too long
     */
    @Transactional
    void report(String eventSlug, String text) {
        event(eventSlug);
        String trimmed = checkedText(text);
        reports.save(new ProblemReport(eventSlug, trimmed, Instant.now(clock)));
    }

    static String checkedText(String text) {
        String trimmed = text == null ? "" : text.strip();
        if (trimmed.length() < MIN_TEXT) {
            throw new BadParameterException("text", "error.parameter.report-too-short", MIN_TEXT);
        }
        if (trimmed.length() > MAX_TEXT) {
            throw new BadParameterException("text", "error.parameter.report-too-long", MAX_TEXT, trimmed.length());
        }
        return trimmed;
    }

    /** One page of the reports in these states, newest first, at {@code href} (the address without its page). */
    @Transactional(readOnly = true)
    ReportPage list(Collection<ReportState> states, int page, int size, String href) {
        Page<ReportRow> rows = reports.reports(states, PageRequest.of(page - 1, size));
        return new ReportPage(rows.getContent(), new PageWindow(href, page, size, rows.getTotalElements()));
    }

    /**
     * Marks a report handled or open again, by {@code editor}, now.
     *
     * @throws NotFoundException naming the report when there is none with this id
     */
    @Transactional
    ReportRow mark(long id, ReportState state, String editor) {
        ProblemReport report = reports.findById(id).orElseThrow(() -> new NotFoundException("report", String.valueOf(id)));
        report.mark(state, editor, Instant.now(clock));
        reports.flush();
        return reports.report(id).orElseThrow();
    }

    record ReportPage(List<ReportRow> reports, PageWindow pages) {
    }
}
