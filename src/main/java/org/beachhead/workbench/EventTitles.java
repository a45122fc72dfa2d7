package org.beachhead.workbench;

import org.beachhead.model.Event;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

import java.util.List;
import java.util.Optional;

interface EventTitles extends Repository<Event, Long> {

    @Query("select new org.beachhead.workbench.EventTitle(e.slug, e.headline) from Event e where e.slug = :slug")
    Optional<EventTitle> bySlug(String slug);

    /** The events with an excerpt of the article, in the order they were loaded (the curation file's). */
    @Query("select new org.beachhead.workbench.EventTitle(e.slug, e.headline) from Event e where exists"
            + " (select x.id from Excerpt x where x.event = e and x.article.slug = :article) order by e.id")
    List<EventTitle> byArticle(String article);
}
