package org.beachhead.timeline;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The story mode: the key events one at a time, each at an address of its own. */
@Controller
class StoryController {

    private final TimelineService timeline;

    StoryController(TimelineService timeline) {
        this.timeline = timeline;
    }

    /** The first step, answered here rather than redirected, so that every link of the site answers 200. */
    @GetMapping("/story")
    String start(Model model) {
        model.addAttribute("step", timeline.storyStep(timeline.storyStart()));
        return "timeline/story";
    }

    @GetMapping("/story/{slug}")
    String step(@PathVariable String slug, Model model) {
        model.addAttribute("step", timeline.storyStep(slug));
        return "timeline/story";
    }
}
