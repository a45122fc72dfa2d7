package org.beachhead.corpus;

import org.beachhead.common.PartialDate;
import org.beachhead.model.Article;
import org.beachhead.model.Deal;
import org.beachhead.model.Event;
import org.beachhead.model.Partner;
import org.beachhead.model.Person;
import org.beachhead.model.Regulator;
import org.beachhead.model.Rule;
import org.beachhead.model.Title;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * What the loaded corpus says around the entries a saved change rewrites: which other entries' checks read them
 * (so they are checked again), and the rows the change writes over, found by slug.
 */
interface ChangeContext extends Repository<Event, Long> {

    /** An event and something it refers to, by slugs. */
    record Reference(String event, String other) {
    }

    @Query("select new org.beachhead.corpus.ChangeContext$Reference(e.slug, d.slug) from Event e join e.deal d where e.slug in :events")
    List<Reference> dealsOf(Collection<String> events);

    @Query("select new org.beachhead.corpus.ChangeContext$Reference(e.slug, r.slug) from Event e join e.rules r where e.slug in :events")
    List<Reference> rulesOf(Collection<String> events);

    /** The events whose links point at these. */
    @Query("select distinct l.event.slug from ClaimLink l where l.other.slug in :events")
    List<String> linkingTo(Collection<String> events);

    @Query("select new org.beachhead.corpus.ChangeContext$Reference(l.event.slug, l.other.slug) from ClaimLink l where l.event.slug in :events")
    List<Reference> linksOf(Collection<String> events);

    @Query("select distinct q.slug from Question q join q.claims c where c.event.slug in :events")
    List<String> questionsCiting(Collection<String> events);

    @Query("select e.slug from Event e where e.deal.slug in :deals")
    List<String> eventsOfDeals(Collection<String> deals);

    @Query("select e.slug from Event e join e.rules r where r.slug in :rules")
    List<String> eventsOfRules(Collection<String> rules);

    /** The articles the events' excerpts and date quotes cite. */
    @Query("select distinct new org.beachhead.corpus.ChangeContext$Reference(e.slug, a.slug) from Excerpt x join x.event e join x.article a where e.slug in :events")
    List<Reference> articlesCitedBy(Collection<String> events);

    /** How many excerpts (evidence and dating) each event has. */
    @Query("select new org.beachhead.corpus.LoadedContent$Excerpts(e.slug, count(x)) from Excerpt x join x.event e where e.slug in :events group by e.slug")
    List<LoadedContent.Excerpts> excerptsOf(Collection<String> events);

    /** Excerpts of these articles other than those of the events named: what still quotes them. */
    @Query("""
            select count(x) from Excerpt x join x.article a left join x.event e
            where a.slug in :articles and (e is null or e.slug not in :events)""")
    long excerptsQuotingOutside(Collection<String> articles, Collection<String> events);

    @Query("select e from Event e where e.slug = :slug")
    Optional<Event> event(String slug);

    @Query("select a from Article a where a.slug = :slug")
    Optional<Article> article(String slug);

    @Query("select p from Partner p where p.slug = :slug")
    Optional<Partner> partner(String slug);

    @Query("select p from Person p where p.slug = :slug")
    Optional<Person> person(String slug);

    @Query("select r from Regulator r where r.slug = :slug")
    Optional<Regulator> regulator(String slug);

    @Query("select r from Rule r where r.slug = :slug")
    Optional<Rule> rule(String slug);

    @Query("select t from Title t where t.slug = :slug")
    Optional<Title> title(String slug);

    @Query("select d from Deal d where d.slug = :slug")
    Optional<Deal> deal(String slug);

    /** The dates the deal's events were first reported, in the file's order, for its status's "as of". */
    @Query("select e.reported from Event e where e.deal.slug = :deal order by e.id")
    List<PartialDate> reportsOfDeal(String deal);
}
