package org.beachhead.source;

import org.beachhead.common.QueryParameters.PageNumber;
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
    String list(@RequestParam(name = "page", defaultValue = "1") PageNumber page, Model model) {
        SourceService.SourceList list = sources.page(page.value(), SourceService.PAGE_SIZE);
        list.pages().existing();
        model.addAttribute("list", list);
        return "sources/list";
    }

    @GetMapping("/sources/{slug}")
    String source(@PathVariable String slug, Model model) {
        model.addAttribute("page", sources.source(slug));
        return "sources/source";
    }
}
