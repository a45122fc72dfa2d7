package org.beachhead.workbench;

import org.beachhead.model.Event;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

import java.util.Optional;

interface EventTitles extends Repository<Event, Long> {

    @Query("select new org.beachhead.workbench.EventTitle(e.slug, e.headline) from Event e where e.slug = :slug")
    Optional<EventTitle> bySlug(String slug);
}
