package org.beachhead.question;

import org.beachhead.common.Text;
import org.beachhead.common.NotFoundException;
import org.beachhead.timeline.EventCard;
import org.beachhead.timeline.EventCards;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The open questions: the list with each side's answer, and one question with each side's events and excerpts. */
@Service
public class QuestionService {

    /** A question as the list shows it: its sides' answers. */
    public record QuestionSummary(String slug, Text question, List<Text> answers) {
    }

    /** One side of a question: the curators' answer and the event cards whose excerpts give it. */
    public record Side(Text answer, List<EventCard> events) {
    }

    public record QuestionPage(String slug, Text question, List<Side> sides) {
    }

    private final QuestionQueries questions;
    private final EventCards cards;

    QuestionService(QuestionQueries questions, EventCards cards) {
        this.questions = questions;
        this.cards = cards;
    }

    @Transactional(readOnly = true)
    public List<QuestionSummary> all() {
        Map<String, QuestionSummary> bySlug = new LinkedHashMap<>();
        for (QuestionQueries.SideRow row : questions.allSides()) {
            bySlug.computeIfAbsent(row.slug(), slug -> new QuestionSummary(slug, row.question(), new ArrayList<>()))
                    .answers().add(row.answer());
        }
        return List.copyOf(bySlug.values());
    }

    /** @throws NotFoundException when no question has this slug */
    @Transactional(readOnly = true)
    public QuestionPage question(String slug) {
        List<QuestionQueries.SideRow> sides = questions.sidesOf(slug);
        if (sides.isEmpty()) {
            throw new NotFoundException("question", slug);
        }
        List<QuestionQueries.SideEvent> cited = questions.eventsOf(slug);
        Map<String, EventCard> bySlug = new LinkedHashMap<>();
        cards.bySlugs(cited.stream().map(QuestionQueries.SideEvent::event).distinct().toList())
                .forEach(card -> bySlug.put(card.slug(), card));
        List<Side> page = sides.stream().map(side -> new Side(side.answer(), cited.stream()
                .filter(event -> event.side() == side.side())
                .map(event -> bySlug.get(event.event()))
                .toList())).toList();
        return new QuestionPage(slug, sides.get(0).question(), page);
    }
}
