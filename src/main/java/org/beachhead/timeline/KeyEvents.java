package org.beachhead.timeline;

import org.beachhead.model.Event;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

import java.util.List;

/** The key events the curators mark ({@code key: true}), by slug, in the timeline's order. */
interface KeyEvents extends Repository<Event, Long> {

    @Query("select e.slug from Event e where e.keyEvent = true" + EventRows.OLDEST_FIRST)
    List<String> slugs();
}
