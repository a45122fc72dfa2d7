package org.beachhead.search;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.ModelAndView;

import java.util.List;
import java.util.Locale;

@Controller
class SearchController {

    private final SearchService search;
    private final MessageSource messages;

    SearchController(SearchService search, MessageSource messages) {
        this.search = search;
        this.messages = messages;
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

    /** Names starting as typed, in the page's language, for the search box's suggestions (static/js/search-suggest.js). */
    @GetMapping(path = "/search/suggest", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    List<SearchService.Suggestion> suggest(@RequestParam(name = "q", defaultValue = "") String query, Locale locale) {
        SearchRequest.parse(query, null, null, null);
        return search.suggest(query, locale);
    }

    /** The first index is still being built (the first start on a large corpus): say so, and when to come back. */
    @ExceptionHandler(SearchService.IndexBuilding.class)
    ModelAndView building(HttpServletResponse response, Locale locale) {
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(SearchService.IndexBuilding.RETRY_AFTER));
        ModelAndView page = new ModelAndView("error", HttpStatus.SERVICE_UNAVAILABLE);
        page.addObject("status", HttpStatus.SERVICE_UNAVAILABLE.value());
        page.addObject("error", messages.getMessage("search.building", null, locale));
        return page;
    }
}
