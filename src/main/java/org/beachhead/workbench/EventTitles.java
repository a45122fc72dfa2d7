package org.beachhead.workbench;

import org.beachhead.model.Event;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

import java.util.List;
import java.util.Optional;

interface EventTitles extends Repository<Event, Long> {

    @Query("select new org.beachhead.workbench.EventTitle(e.slug, e.headline) from Event e where e.slug = :slug")
    Optional<EventTitle> bySlug(String slug);

    /**
     * The events with an excerpt of the article, in the order they were loaded (the curation file's), once for each
     * such excerpt: read from the article's excerpts, by their index, rather than by looking at every event.
     */
    @Query("select new org.beachhead.workbench.EventTitle(e.slug, e.headline) from Excerpt x join x.event e"
            + " where x.article.slug = :article order by e.id, x.id")
    List<EventTitle> byArticle(String article);
}
