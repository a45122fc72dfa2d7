package org.beachhead.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.beachhead.question.QuestionService;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@RestController
@RequestMapping(path = Section.API + "/questions", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Questions", description = "Open questions the sources answer in more than one way, side by side")
class QuestionApi {

    private final QuestionService questions;

    QuestionApi(QuestionService questions) {
        this.questions = questions;
    }

    @GetMapping
    @Operation(summary = "Every open question with its sides' answers, in curated order")
    List<QuestionItem> questions() {
        return questions.all().stream().map(QuestionItem::of).toList();
    }

    @GetMapping("/{slug}")
    @Operation(summary = "One open question, each side with the events and excerpts that give it")
    QuestionItem question(@PathVariable String slug) {
        return QuestionItem.of(questions.question(slug));
    }
}
