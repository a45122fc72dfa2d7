package org.beachhead.api;

import org.beachhead.common.Text;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import org.beachhead.question.QuestionService;

import java.util.List;

@Schema(description = "An open question the sources answer in more than one way. The list gives each side's answer; "
        + "the single item adds each side's events with their excerpts.")
public record QuestionItem(
        @Schema(description = "Stable id: the slug", example = "is-netflix-in-china") String id,
        String slug,
        @Schema(example = "Is Netflix in China?") String question,
        @Schema(description = "The question's Chinese text") String questionZh,
        @Schema(description = "Each side's answer, in the curators' words") List<String> answers,
        @Schema(description = "The answers' Chinese texts, in the same order") List<String> answersZh,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "The sides with the events whose excerpts give them (single item only)") List<SideItem> sides,
        ItemLinks links) {

    public record SideItem(@Schema(description = "The answer, in the curators' words") String answer,
                           @Schema(description = "The answer's Chinese text") String answerZh,
                           List<EventItem> events) {
    }

    static QuestionItem of(QuestionService.QuestionSummary question) {
        return new QuestionItem(question.slug(), question.slug(), question.question().en(),
                question.question().zh(), english(question.answers()), chinese(question.answers()), null,
                Section.QUESTIONS.links(question.slug()));
    }

    static QuestionItem of(QuestionService.QuestionPage page) {
        List<SideItem> sides = page.sides().stream()
                .map(side -> new SideItem(side.answer().en(), side.answer().zh(), side.events().stream().map(EventItem::of).toList())).toList();
        List<Text> answers = page.sides().stream().map(QuestionService.Side::answer).toList();
        return new QuestionItem(page.slug(), page.slug(), page.question().en(), page.question().zh(), english(answers),
                chinese(answers), sides, Section.QUESTIONS.links(page.slug()));
    }

    private static List<String> english(List<Text> texts) {
        return texts.stream().map(Text::en).toList();
    }

    private static List<String> chinese(List<Text> texts) {
        return texts.stream().map(Text::zh).toList();
    }
}
