package org.beachhead.question;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@Controller
class QuestionController {

    private final QuestionService questions;

    QuestionController(QuestionService questions) {
        this.questions = questions;
    }

    @GetMapping("/questions")
    String list(Model model) {
        model.addAttribute("questions", questions.all());
        return "questions/list";
    }

    @GetMapping("/questions/{slug}")
    String question(@PathVariable String slug, Model model) {
        model.addAttribute("page", questions.question(slug));
        return "questions/question";
    }
}
