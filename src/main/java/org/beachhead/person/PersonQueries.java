package org.beachhead.person;

import org.beachhead.common.Text;
import org.beachhead.model.Person;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

import java.util.List;

/** The people as the people index, the API and a person's page head show them. */
interface PersonQueries extends Repository<Person, Long> {

    String COLUMNS = "m.slug, m.name, m.chineseName, m.role, (select count(e) from Event e join e.people ep where ep = m),"
            + " (select count(q) from Event q where q.speaker = m)";

    long count();

    /** By name, then by slug. */
    @Query("select new org.beachhead.person.PersonSummary(" + COLUMNS + ") from Person m order by m.name, m.slug")
    List<PersonSummary> summaries(Pageable window);

    /** A person and one of the other names they go by (null when none). */
    record PersonAlias(PersonSummary person, String alias) {

        PersonAlias(String slug, String name, String chineseName, Text role, long events, long quoted, String alias) {
            this(new PersonSummary(slug, name, chineseName, role, events, quoted), alias);
        }
    }

    /** A person's page head: the person, a row for each other name, in order. */
    @Query("select new org.beachhead.person.PersonQueries$PersonAlias(" + COLUMNS + ", a)"
            + " from Person m left join m.aliases a where m.slug = :slug order by a")
    List<PersonAlias> withAliases(String slug);
}
