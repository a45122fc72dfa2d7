package org.beachhead.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.beachhead.person.PersonService;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = Section.API + "/people", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "People", description = "Everyone the sources quote or name")
class PersonApi {

    private final PersonService people;

    PersonApi(PersonService people) {
        this.people = people;
    }

    @GetMapping
    @Operation(summary = "Every person", description = "Ordered by name.")
    ItemList<PersonItem> people() {
        return ItemList.of(people.all().stream().map(PersonItem::of).toList());
    }

    @GetMapping("/{slug}")
    @Operation(summary = "One person, with what they said and did, oldest first")
    PersonItem person(@PathVariable String slug) {
        return PersonItem.of(people.person(slug, 1));
    }
}
