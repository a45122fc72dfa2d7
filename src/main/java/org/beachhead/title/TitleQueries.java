package org.beachhead.title;

import org.beachhead.model.Title;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

import java.util.List;
import java.util.Optional;

/** The titles as the titles index, the API and a title's page head show them. */
interface TitleQueries extends Repository<Title, Long> {

    String SUMMARY = """
            select new org.beachhead.title.TitleSummary(t.slug, t.name, t.chineseName, t.format, t.origin, t.episodes,
                t.summary, (select count(te) from Event te join te.titles tet where tet = t))
            from Title t""";

    long count();

    /** By name ignoring case, then by slug. */
    @Query(SUMMARY + " order by lower(t.name), t.slug")
    List<TitleSummary> summaries(Pageable window);

    @Query(SUMMARY + " where t.slug = :slug")
    Optional<TitleSummary> summary(String slug);
}
