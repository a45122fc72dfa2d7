package org.beachhead.search;

import org.beachhead.model.Event;
import org.beachhead.model.ExcerptPurpose;
import org.beachhead.search.CorpusRows.AliasRow;
import org.beachhead.search.CorpusRows.Appearance;
import org.beachhead.search.CorpusRows.ArticleRow;
import org.beachhead.search.CorpusRows.ArticleText;
import org.beachhead.search.CorpusRows.EntityRow;
import org.beachhead.search.CorpusRows.EventRow;
import org.beachhead.search.CorpusRows.ExcerptRow;
import org.beachhead.search.CorpusRows.InvolvedRow;
import org.beachhead.search.CorpusRows.RegulatorRow;
import org.beachhead.search.CorpusRows.RuleRow;
import org.beachhead.search.CorpusRows.SegmentRow;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

import java.util.Collection;
import java.util.List;

/**
 * Reads what search indexes, each statement into one record type: the whole corpus when one is loaded, or (the
 * statements taking slugs) the articles and events an incremental apply rewrote and what depends on them.
 */
interface SearchCorpus extends Repository<Event, Long> {

    String ROWS = "org.beachhead.search.CorpusRows$";
    String EVENTS = "select new " + ROWS + "EventRow(e.id, e.slug, e.headline, e.date) from Event e";
    /** Without a join: the articles' slugs and publishers are read apart, once. */
    String EXCERPTS = "select new " + ROWS + "ExcerptRow(x.event.id, x.article.id, x.exact, x.span.start, x.span.end)"
            + " from Excerpt x where x.purpose = :purpose and x.event is not null";
    String EXCERPTS_IN_ORDER = " order by x.seq, x.id";
    String INVOLVED = "select new " + ROWS + "InvolvedRow(e.id, x.slug, ";
    String OF_EVENTS = " where e.slug in :events";
    /** An event's related names in one order however the events are read: all of them, or a few by slug. */
    String INVOLVED_IN_ORDER = " order by e.id, x.id";
    String ARTICLES = "select new " + ROWS + "ArticleRow(a.id, a.slug, a.publisher, a.headline, a.published) from Article a";
    String SEGMENTS = "select new " + ROWS + "SegmentRow(a.id, index(s), s.start, s.end) from Article a join a.bodySegments s";
    String PEOPLE = "select new " + ROWS + "EntityRow(m.id, m.slug, m.name, m.chineseName) from Person m";

    /** The content hash the importer recorded: one cheap query, so a corpus loaded elsewhere is noticed. */
    @Query("select v.contentHash from CorpusVersion v")
    List<String> version();

    @Query(EVENTS)
    List<EventRow> events();

    @Query(EVENTS + OF_EVENTS)
    List<EventRow> events(Collection<String> events);

    @Query(EXCERPTS + EXCERPTS_IN_ORDER)
    List<ExcerptRow> excerpts(ExcerptPurpose purpose);

    @Query(EXCERPTS + " and x.event.slug in :events" + EXCERPTS_IN_ORDER)
    List<ExcerptRow> excerpts(ExcerptPurpose purpose, Collection<String> events);

    /** The events with excerpts of this purpose in these articles. */
    @Query("select distinct x.event.slug from Excerpt x where x.purpose = :purpose and x.article.slug in :articles")
    List<String> eventsCiting(ExcerptPurpose purpose, Collection<String> articles);

    @Query(INVOLVED + "x.name, x.chineseName) from Event e join e.partners x" + INVOLVED_IN_ORDER)
    List<InvolvedRow> eventPartners();

    @Query(INVOLVED + "x.name, x.chineseName) from Event e join e.partners x" + OF_EVENTS + INVOLVED_IN_ORDER)
    List<InvolvedRow> eventPartners(Collection<String> events);

    @Query(INVOLVED + "x.name, x.chineseName) from Event e join e.titles x" + INVOLVED_IN_ORDER)
    List<InvolvedRow> eventTitles();

    @Query(INVOLVED + "x.name, x.chineseName) from Event e join e.titles x" + OF_EVENTS + INVOLVED_IN_ORDER)
    List<InvolvedRow> eventTitles(Collection<String> events);

    @Query(INVOLVED + "coalesce(x.shortName, x.name), x.chineseName) from Event e join e.regulators x" + INVOLVED_IN_ORDER)
    List<InvolvedRow> eventRegulators();

    @Query(INVOLVED + "coalesce(x.shortName, x.name), x.chineseName) from Event e join e.regulators x" + OF_EVENTS
            + INVOLVED_IN_ORDER)
    List<InvolvedRow> eventRegulators(Collection<String> events);

    @Query(INVOLVED + "x.name, x.chineseName) from Event e join e.rules x" + INVOLVED_IN_ORDER)
    List<InvolvedRow> eventRules();

    @Query(INVOLVED + "x.name, x.chineseName) from Event e join e.rules x" + OF_EVENTS + INVOLVED_IN_ORDER)
    List<InvolvedRow> eventRules(Collection<String> events);

    @Query(INVOLVED + "x.name, x.chineseName) from Event e join e.people x" + INVOLVED_IN_ORDER)
    List<InvolvedRow> eventPeople();

    @Query(INVOLVED + "x.name, x.chineseName) from Event e join e.people x" + OF_EVENTS + INVOLVED_IN_ORDER)
    List<InvolvedRow> eventPeople(Collection<String> events);

    @Query(INVOLVED + "x.name, x.chineseName) from Event e join e.deal x" + INVOLVED_IN_ORDER)
    List<InvolvedRow> eventDeals();

    @Query(INVOLVED + "x.name, x.chineseName) from Event e join e.deal x" + OF_EVENTS + INVOLVED_IN_ORDER)
    List<InvolvedRow> eventDeals(Collection<String> events);

    /** The events each of these people appears in. */
    @Query("select new " + ROWS + "Appearance(m.slug, e.slug, e.headline, e.date) from Event e join e.people m"
            + " where m.slug in :people")
    List<Appearance> appearances(Collection<String> people);

    @Query("select new " + ROWS + "EntityRow(p.id, p.slug, p.name, p.chineseName) from Partner p")
    List<EntityRow> partners();

    @Query("select new " + ROWS + "AliasRow(p.slug, a) from Partner p join p.aliases a")
    List<AliasRow> partnerAliases();

    @Query("select new " + ROWS + "AliasRow(p.slug, a) from Partner p join p.aliases a where p.slug in :partners")
    List<AliasRow> partnerAliases(Collection<String> partners);

    @Query("select new " + ROWS + "EntityRow(t.id, t.slug, t.name, t.chineseName) from Title t")
    List<EntityRow> titles();

    @Query("select new " + ROWS + "AliasRow(t.slug, a) from Title t join t.aliases a")
    List<AliasRow> titleAliases();

    @Query("select new " + ROWS + "AliasRow(t.slug, a) from Title t join t.aliases a where t.slug in :titles")
    List<AliasRow> titleAliases(Collection<String> titles);

    @Query("select new " + ROWS + "RegulatorRow(r.slug, r.shortName, r.name, r.chineseName) from Regulator r")
    List<RegulatorRow> regulators();

    @Query("select new " + ROWS + "RuleRow(r.slug, r.name, r.chineseName, coalesce(g.shortName, g.name), g.chineseName)"
            + " from Rule r left join r.regulator g")
    List<RuleRow> rules();

    @Query(PEOPLE)
    List<EntityRow> people();

    @Query(PEOPLE + " where m.slug in :people")
    List<EntityRow> people(Collection<String> people);

    @Query("select new " + ROWS + "AliasRow(m.slug, a) from Person m join m.aliases a")
    List<AliasRow> personAliases();

    @Query("select new " + ROWS + "AliasRow(m.slug, a) from Person m join m.aliases a where m.slug in :people")
    List<AliasRow> personAliases(Collection<String> people);

    @Query("select new " + ROWS + "EntityRow(d.id, d.slug, d.name, d.chineseName) from Deal d")
    List<EntityRow> deals();

    @Query("select new " + ROWS + "InvolvedRow(d.id, p.slug, p.name, p.chineseName) from Deal d join d.partners p")
    List<InvolvedRow> dealPartners();

    @Query("select new " + ROWS + "InvolvedRow(d.id, t.slug, t.name, t.chineseName) from Deal d join d.titles t")
    List<InvolvedRow> dealTitles();

    @Query(ARTICLES)
    List<ArticleRow> articles();

    @Query(ARTICLES + " where a.slug in :articles")
    List<ArticleRow> articles(Collection<String> articles);

    @Query(ARTICLES + " where a.id in :ids")
    List<ArticleRow> articlesWithIds(Collection<Long> ids);

    /** Texts are read a batch at a time: all of them at once (23 MB on the large corpus) would crowd the heap. */
    @Query("select new " + ROWS + "ArticleText(a.id, a.text) from Article a where a.id in :ids")
    List<ArticleText> articleTexts(Collection<Long> ids);

    @Query(SEGMENTS)
    List<SegmentRow> bodySegments();

    @Query(SEGMENTS + " where a.slug in :articles")
    List<SegmentRow> bodySegments(Collection<String> articles);
}
