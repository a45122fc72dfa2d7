package org.beachhead.source;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@Controller
class SourceController {

    private final SourceService sources;

    SourceController(SourceService sources) {
        this.sources = sources;
    }

    @GetMapping("/sources")
    String list(Model model) {
        model.addAttribute("sources", sources.all());
        return "sources/list";
    }

    @GetMapping("/sources/{slug}")
    String source(@PathVariable String slug, Model model) {
        model.addAttribute("page", sources.source(slug));
        return "sources/source";
    }
}
