package org.beachhead.workbench;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.Collection;
import java.util.Optional;

interface ReportQueries extends JpaRepository<ProblemReport, Long> {

    /** Newest first; the event's headline joined by slug, since reports outlive the event rows an import replaces. */
    @Query(value = """
            select new org.beachhead.workbench.ReportRow(r.id, r.eventSlug, e.headline, r.text, r.reportedAt, r.state,
                r.handledBy, r.handledAt)
            from ProblemReport r left join org.beachhead.model.Event e on e.slug = r.eventSlug
            where r.state in :states order by r.reportedAt desc, r.id desc""",
            countQuery = "select count(r) from ProblemReport r where r.state in :states")
    Page<ReportRow> reports(Collection<ReportState> states, Pageable page);

    @Query("""
            select new org.beachhead.workbench.ReportRow(r.id, r.eventSlug, e.headline, r.text, r.reportedAt, r.state,
                r.handledBy, r.handledAt)
            from ProblemReport r left join org.beachhead.model.Event e on e.slug = r.eventSlug where r.id = :id""")
    Optional<ReportRow> report(long id);
}
