package org.beachhead.question;

import org.beachhead.common.Text;
import org.beachhead.model.Question;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

import java.util.List;

/** The open questions, each side's answer, and the events each side cites. */
interface QuestionQueries extends Repository<Question, Long> {

    /** A question's side with its question's slug and text: the list and one question's head read these. */
    record SideRow(String slug, Text question, int side, Text answer) {
    }

    /** An event a side cites, in curated order. */
    record SideEvent(int side, String event) {
    }

    @Query("""
            select new org.beachhead.question.QuestionQueries$SideRow(q.slug, q.text, s.side, s.answer)
            from Question q join q.sides s order by q.seq, s.side""")
    List<SideRow> allSides();

    @Query("""
            select new org.beachhead.question.QuestionQueries$SideRow(q.slug, q.text, s.side, s.answer)
            from Question q join q.sides s where q.slug = :slug order by s.side""")
    List<SideRow> sidesOf(String slug);

    @Query("""
            select new org.beachhead.question.QuestionQueries$SideEvent(c.side, e.slug)
            from Question q join q.claims c join c.event e where q.slug = :slug order by c.seq""")
    List<SideEvent> eventsOf(String slug);
}
