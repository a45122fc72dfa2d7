package org.beachhead.search;

import org.beachhead.common.BadParameterException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class SearchController {

    private final SearchService search;

    SearchController(SearchService search) {
        this.search = search;
    }

    @GetMapping("/search")
    String search(@RequestParam(name = "q", defaultValue = "") String query, Model model) {
        if (query.length() > SearchQuery.MAX_LENGTH) {
            throw new BadParameterException("q", "error.parameter.too-long",
                    String.valueOf(SearchQuery.MAX_LENGTH), String.valueOf(query.length()));
        }
        model.addAttribute("page", search.search(query));
        model.addAttribute("maxLength", SearchQuery.MAX_LENGTH);
        return "search/search";
    }
}
