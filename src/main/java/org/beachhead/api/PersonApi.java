package org.beachhead.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.beachhead.person.PersonService;
import org.beachhead.common.QueryParameters.PageNumber;
import org.beachhead.common.QueryParameters.PageSize;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
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
    @Operation(summary = "People, one page at a time",
            description = "Ordered by name, then by slug. "
                    + "A page past the end has no items but still gives the total.")
    ItemPage<PersonItem> people(@PagingParameter @RequestParam(name = "page", defaultValue = "1") PageNumber page,
                                @PagingParameter @RequestParam(name = "size", defaultValue = "" + PageSize.DEFAULT) PageSize size) {
        PersonService.PersonList list = people.index(page.value(), size.value());
        return ItemPage.of(list.items(), PersonItem::of, list.pages(), Section.PEOPLE.api());
    }

    @GetMapping("/{slug}")
    @Operation(summary = "One person, with what they said and did, oldest first")
    PersonItem person(@PathVariable String slug) {
        return PersonItem.of(people.person(slug, 1));
    }
}
