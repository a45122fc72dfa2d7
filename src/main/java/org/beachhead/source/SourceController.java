package org.beachhead.source;

import org.beachhead.common.QueryParameters;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class SourceController {

    private final SourceService sources;

    SourceController(SourceService sources) {
        this.sources = sources;
    }

    @GetMapping("/sources")
    String list(@RequestParam(name = "page", required = false) String page, Model model) {
        model.addAttribute("list", sources.page(QueryParameters.pageNumber(page)));
        return "sources/list";
    }

    @GetMapping("/sources/{slug}")
    String source(@PathVariable String slug, Model model) {
        model.addAttribute("page", sources.source(slug));
        return "sources/source";
    }
}
