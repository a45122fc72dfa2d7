package org.beachhead.title;

import org.beachhead.common.QueryParameters;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class TitleController {

    private final TitleService titles;

    TitleController(TitleService titles) {
        this.titles = titles;
    }

    @GetMapping("/titles")
    String list(@RequestParam(name = "page", required = false) String page, Model model) {
        model.addAttribute("list", titles.index(QueryParameters.pageNumber(page)));
        return "titles/list";
    }

    @GetMapping("/titles/{slug}")
    String title(@PathVariable String slug, @RequestParam(name = "page", required = false) String page, Model model) {
        model.addAttribute("page", titles.title(slug, QueryParameters.pageNumber(page)));
        return "titles/title";
    }
}
