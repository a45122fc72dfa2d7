package org.beachhead.timeline;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@Controller
class EventController {

    private final EventService events;

    EventController(EventService events) {
        this.events = events;
    }

    @GetMapping("/events/{slug}")
    String event(@PathVariable String slug, Model model) {
        model.addAttribute("page", events.event(slug));
        return "events/event";
    }
}
