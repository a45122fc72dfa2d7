package org.beachhead.corpus;

import org.beachhead.model.Event;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

import java.util.List;

/** What the corpus loaded before holds, by slug, for telling what a new corpus would remove. */
interface LoadedContent extends Repository<Event, Long> {

    /** How many excerpts an event, partner or regulator has. */
    record Excerpts(String owner, long count) {
    }

    @Query("select a.slug from Article a")
    List<String> articles();

    @Query("select e.slug from Event e")
    List<String> events();

    @Query("select d.slug from Deal d")
    List<String> deals();

    /** Excerpts by the slug of what they belong to; one statement, as the three kinds' slugs are apart in the owner's name. */
    @Query("""
            select new org.beachhead.corpus.LoadedContent$Excerpts(
                   coalesce(concat('event ', e.slug), concat('partner ', p.slug), concat('regulator ', g.slug)), count(x))
            from Excerpt x left join x.event e left join x.partner p left join x.regulator g
            group by e.slug, p.slug, g.slug""")
    List<Excerpts> excerpts();
}
