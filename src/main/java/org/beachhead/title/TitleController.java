package org.beachhead.title;

import org.beachhead.common.QueryParameters.PageNumber;
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
    String list(@RequestParam(name = "page", defaultValue = "1") PageNumber page, Model model) {
        TitleService.TitleList list = titles.index(page.value(), TitleService.INDEX_PAGE_SIZE);
        list.pages().existing();
        model.addAttribute("list", list);
        return "titles/list";
    }

    @GetMapping("/titles/{slug}")
    String title(@PathVariable String slug, @RequestParam(name = "page", defaultValue = "1") PageNumber page, Model model) {
        model.addAttribute("page", titles.title(slug, page.value()));
        return "titles/title";
    }
}
