package org.beachhead.person;

import org.beachhead.common.QueryParameters.PageNumber;
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
    String list(@RequestParam(name = "page", defaultValue = "1") PageNumber page, Model model) {
        PersonService.PersonList list = people.index(page.value(), PersonService.INDEX_PAGE_SIZE);
        list.pages().existing();
        model.addAttribute("list", list);
        return "people/list";
    }

    @GetMapping("/people/{slug}")
    String person(@PathVariable String slug, @RequestParam(name = "page", defaultValue = "1") PageNumber page, Model model) {
        model.addAttribute("page", people.person(slug, page.value()));
        return "people/person";
    }
}
