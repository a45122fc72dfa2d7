package org.beachhead.search;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

import java.util.List;

@Controller
class SearchController {

    private final SearchService search;

    SearchController(SearchService search) {
        this.search = search;
    }

    @GetMapping("/search")
    String search(@RequestParam(name = "q", defaultValue = "") String query,
                  @RequestParam(name = "kind", required = false) List<String> kind,
                  @RequestParam(name = "partner", required = false) List<String> partner,
                  @RequestParam(name = "year", required = false) List<String> year, Model model) {
        model.addAttribute("page", search.search(SearchRequest.parse(query, kind, partner, year)));
        model.addAttribute("maxLength", SearchRequest.MAX_LENGTH);
        return "search/search";
    }

    /** Names starting as typed, for the search box's suggestions (static/js/search-suggest.js). */
    @GetMapping(path = "/search/suggest", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    List<SearchService.Suggestion> suggest(@RequestParam(name = "q", defaultValue = "") String query) {
        SearchRequest.parse(query, null, null, null);
        return search.suggest(query);
    }
}
