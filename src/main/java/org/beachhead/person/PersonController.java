package org.beachhead.person;

import org.beachhead.common.QueryParameters;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class PersonController {

    private final PersonService people;

    PersonController(PersonService people) {
        this.people = people;
    }

    @GetMapping("/people")
    String list(@RequestParam(name = "page", required = false) String page, Model model) {
        model.addAttribute("list", people.index(QueryParameters.pageNumber(page)));
        return "people/list";
    }

    @GetMapping("/people/{slug}")
    String person(@PathVariable String slug, @RequestParam(name = "page", required = false) String page, Model model) {
        model.addAttribute("page", people.person(slug, QueryParameters.pageNumber(page)));
        return "people/person";
    }
}
