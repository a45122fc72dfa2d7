package org.beachhead.api;

import org.beachhead.common.Text;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import org.beachhead.person.PersonService;
import org.beachhead.person.PersonSummary;

import java.util.List;

@Schema(description = "Someone the sources quote or name. The single-item endpoint adds aliases and events.")
public record PersonItem(
        @Schema(description = "Stable id: the slug", example = "ted-sarandos") String id,
        String slug,
        String name,
        @Schema(nullable = true, description = "Their name in Chinese, where a standard one exists") String chineseName,
        @Schema(nullable = true) String role,
        @Schema(nullable = true, description = "The role's Chinese text") String roleZh,
        @Schema(description = "How many events involve the person") long eventCount,
        @Schema(description = "In how many events they are quoted; 0 for someone only named") long quotedCount,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "Other names they go by (single item only)") List<String> aliases,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "The first 50 things they said and did, oldest first (single item only); "
                + "eventCount says how many, their page on the site (links.html) lists them all, paged") List<EventRef> events,
        ItemLinks links) {

    static PersonItem of(PersonSummary person) {
        return of(person, null, null);
    }

    static PersonItem of(PersonService.PersonPage page) {
        return of(page.person(), page.aliases(), EventRef.of(page.events()));
    }

    private static PersonItem of(PersonSummary person, List<String> aliases, List<EventRef> events) {
        return new PersonItem(person.slug(), person.slug(), person.name(), person.chineseName(),
                Text.englishOf(person.role()), Text.chineseOf(person.role()), person.events(),
                person.quoted(), aliases,
                events, Section.PEOPLE.links(person.slug()));
    }
}
