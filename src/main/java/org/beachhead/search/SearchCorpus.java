package org.beachhead.search;

import org.beachhead.model.Event;
import org.beachhead.model.ExcerptPurpose;
import org.beachhead.search.CorpusRows.AliasRow;
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

/** Reads what search indexes, each statement into one record type; only when a corpus is (re)loaded. */
interface SearchCorpus extends Repository<Event, Long> {

    String ROWS = "org.beachhead.search.CorpusRows$";

    /** The content hash the importer recorded: one cheap query, so a corpus loaded elsewhere is noticed. */
    @Query("select v.contentHash from CorpusVersion v")
    List<String> version();

    @Query("select new " + ROWS + "EventRow(e.id, e.slug, e.headline, e.date) from Event e")
    List<EventRow> events();

    /** Without a join: the articles' slugs and publishers are in {@link #articles()}, read once. */
    @Query("select new " + ROWS + "ExcerptRow(x.event.id, x.article.id, x.exact, x.span.start, x.span.end)"
            + " from Excerpt x where x.purpose = :purpose and x.event is not null order by x.seq, x.id")
    List<ExcerptRow> excerpts(ExcerptPurpose purpose);

    @Query("select new " + ROWS + "InvolvedRow(e.id, p.slug, p.name, p.chineseName) from Event e join e.partners p")
    List<InvolvedRow> eventPartners();

    @Query("select new " + ROWS + "InvolvedRow(e.id, t.slug, t.name, t.chineseName) from Event e join e.titles t")
    List<InvolvedRow> eventTitles();

    @Query("select new " + ROWS + "InvolvedRow(e.id, r.slug, coalesce(r.shortName, r.name), r.chineseName)"
            + " from Event e join e.regulators r")
    List<InvolvedRow> eventRegulators();

    @Query("select new " + ROWS + "InvolvedRow(e.id, r.slug, r.name, r.chineseName) from Event e join e.rules r")
    List<InvolvedRow> eventRules();

    @Query("select new " + ROWS + "InvolvedRow(e.id, m.slug, m.name, m.chineseName) from Event e join e.people m")
    List<InvolvedRow> eventPeople();

    @Query("select new " + ROWS + "InvolvedRow(e.id, d.slug, d.name, d.chineseName) from Event e join e.deal d")
    List<InvolvedRow> eventDeals();

    @Query("select new " + ROWS + "EntityRow(p.id, p.slug, p.name, p.chineseName) from Partner p")
    List<EntityRow> partners();

    @Query("select new " + ROWS + "AliasRow(p.id, a) from Partner p join p.aliases a")
    List<AliasRow> partnerAliases();

    @Query("select new " + ROWS + "EntityRow(t.id, t.slug, t.name, t.chineseName) from Title t")
    List<EntityRow> titles();

    @Query("select new " + ROWS + "AliasRow(t.id, a) from Title t join t.aliases a")
    List<AliasRow> titleAliases();

    @Query("select new " + ROWS + "RegulatorRow(r.slug, r.shortName, r.name, r.chineseName) from Regulator r")
    List<RegulatorRow> regulators();

    @Query("select new " + ROWS + "RuleRow(r.slug, r.name, r.chineseName, coalesce(g.shortName, g.name), g.chineseName)"
            + " from Rule r left join r.regulator g")
    List<RuleRow> rules();

    @Query("select new " + ROWS + "EntityRow(m.id, m.slug, m.name, m.chineseName) from Person m")
    List<EntityRow> people();

    @Query("select new " + ROWS + "AliasRow(m.id, a) from Person m join m.aliases a")
    List<AliasRow> personAliases();

    @Query("select new " + ROWS + "EntityRow(d.id, d.slug, d.name, d.chineseName) from Deal d")
    List<EntityRow> deals();

    @Query("select new " + ROWS + "InvolvedRow(d.id, p.slug, p.name, p.chineseName) from Deal d join d.partners p")
    List<InvolvedRow> dealPartners();

    @Query("select new " + ROWS + "InvolvedRow(d.id, t.slug, t.name, t.chineseName) from Deal d join d.titles t")
    List<InvolvedRow> dealTitles();

    @Query("select new " + ROWS + "ArticleRow(a.id, a.slug, a.publisher, a.headline, a.published) from Article a")
    List<ArticleRow> articles();

    /** Texts are read a batch at a time: all of them at once (23 MB on the large corpus) would crowd the heap. */
    @Query("select new " + ROWS + "ArticleText(a.id, a.text) from Article a where a.id in :ids")
    List<ArticleText> articleTexts(Collection<Long> ids);

    @Query("select new " + ROWS + "SegmentRow(a.id, index(s), s.start, s.end) from Article a join a.bodySegments s")
    List<SegmentRow> bodySegments();
}
