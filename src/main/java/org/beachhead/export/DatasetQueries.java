package org.beachhead.export;

import org.beachhead.common.DateBasis;
import org.beachhead.common.PartialDate;
import org.beachhead.common.Text;
import org.beachhead.model.Article;
import org.beachhead.model.Attribution;
import org.beachhead.model.Certainty;
import org.beachhead.model.ClaimRelation;
import org.beachhead.model.DealStatus;
import org.beachhead.model.DealType;
import org.beachhead.model.Event;
import org.beachhead.model.EventKind;
import org.beachhead.model.Role;
import org.beachhead.model.ExcerptPurpose;
import org.beachhead.model.Partner;
import org.beachhead.model.Person;
import org.beachhead.model.Regulator;
import org.beachhead.model.TitleFormat;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

import java.util.List;

/**
 * The loaded corpus read back for the dataset document, every list in load order (by id, the
 * curation file's order). Articles and events come in ranges of ids, each range with its links
 * and excerpts, so memory does not grow with the corpus.
 */
interface DatasetQueries extends Repository<Event, Long> {

    /** A value of the entry {@code owner} names by slug: an alias, or a deal's partner or title. */
    record Owned(String owner, String value) {
    }

    /** Something an event links to, by slug. */
    record Linked(Long event, String slug) {
    }

    /** A quote about a partner or (when {@code partner} is null) a regulator. */
    record AboutRow(String partner, String regulator, String article, String exact, int start, int end) {
    }

    /** An excerpt of an event: its evidence, or the words that date it. */
    record ExcerptRow(Long event, ExcerptPurpose purpose, String article, String exact, int start, int end) {
    }

    record RuleRow(String slug, String name, String chineseName, String regulator, Text summary) {
    }

    record TitleRow(String slug, String name, String chineseName, TitleFormat format, Text origin, Text episodes,
                    Text summary) {
    }

    record DealRow(String slug, String name, String chineseName, DealType type, DealStatus status,
                   boolean netflixParty, Text summary) {
    }

    record EventRow(Long id, String slug, PartialDate date, DateBasis datedBy, Text dateNote, EventKind kind,
                    Text headline, Attribution attribution, String speaker, String relayedFrom, Certainty certainty,
                    String deal, boolean key) {
    }

    /** An organisation in a role other than party, of the event or deal {@code owner} (an event's id or a deal's slug). */
    record RoleRow<K>(K owner, String partner, Role role) {
    }

    record LinkRow(Long event, String other, ClaimRelation relation) {
    }

    record QuestionRow(String slug, Text text) {
    }

    record SideRow(String question, int side, Text answer) {
    }

    record SideEventRow(String question, int side, String event) {
    }

    @Query("select a.id from Article a order by a.id")
    List<Long> articleIds();

    @Query("select a from Article a left join fetch a.bodySegments where a.id between :first and :last order by a.id")
    List<Article> articles(long first, long last);

    @Query("select p from Partner p order by p.id")
    List<Partner> partners();

    @Query("select new org.beachhead.export.DatasetQueries$Owned(p.slug, a) from Partner p join p.aliases a order by p.id, a")
    List<Owned> partnerAliases();

    @Query("select m from Person m order by m.id")
    List<Person> people();

    @Query("select new org.beachhead.export.DatasetQueries$Owned(m.slug, a) from Person m join m.aliases a order by m.id, a")
    List<Owned> personAliases();

    @Query("select g from Regulator g order by g.id")
    List<Regulator> regulators();

    @Query("""
            select new org.beachhead.export.DatasetQueries$AboutRow(p.slug, g.slug, a.slug, x.exact, x.span.start,
                   x.span.end)
            from Excerpt x join x.article a left join x.partner p left join x.regulator g
            where x.purpose = org.beachhead.model.ExcerptPurpose.ABOUT order by x.seq, x.id""")
    List<AboutRow> aboutQuotes();

    @Query("""
            select new org.beachhead.export.DatasetQueries$RuleRow(u.slug, u.name, u.chineseName, g.slug, u.summary)
            from Rule u left join u.regulator g order by u.id""")
    List<RuleRow> rules();

    @Query("""
            select new org.beachhead.export.DatasetQueries$TitleRow(t.slug, t.name, t.chineseName, t.format, t.origin,
                   t.episodes, t.summary)
            from Title t order by t.id""")
    List<TitleRow> titles();

    @Query("select new org.beachhead.export.DatasetQueries$Owned(t.slug, a) from Title t join t.aliases a order by t.id, a")
    List<Owned> titleAliases();

    @Query("""
            select new org.beachhead.export.DatasetQueries$DealRow(d.slug, d.name, d.chineseName, d.type, d.status, d.netflixParty,
                   d.summary)
            from Deal d order by d.id""")
    List<DealRow> deals();

    @Query("select new org.beachhead.export.DatasetQueries$Owned(d.slug, p.slug) from Deal d join d.partners p order by d.id, p.id")
    List<Owned> dealPartners();

    @Query("select new org.beachhead.export.DatasetQueries$Owned(d.slug, t.slug) from Deal d join d.titles t order by d.id, t.id")
    List<Owned> dealTitles();

    @Query("select e.id from Event e order by e.id")
    List<Long> eventIds();

    @Query("""
            select new org.beachhead.export.DatasetQueries$EventRow(e.id, e.slug, e.date, e.datedBy, e.dateNote, e.kind,
                   e.headline, e.attribution, s.slug, e.relayedFrom, e.certainty, d.slug, e.keyEvent)
            from Event e left join e.deal d left join e.speaker s where e.id between :first and :last order by e.id""")
    List<EventRow> events(long first, long last);

    @Query("""
            select new org.beachhead.export.DatasetQueries$RoleRow(e.id, p.slug, r.role)
            from Event e join e.roles r join r.partner p where e.id between :first and :last order by e.id, p.id, r.role""")
    List<RoleRow<Long>> eventRoles(long first, long last);

    @Query("""
            select new org.beachhead.export.DatasetQueries$RoleRow(d.slug, p.slug, r.role)
            from Deal d join d.roles r join r.partner p order by d.id, p.id, r.role""")
    List<RoleRow<String>> dealRoles();

    @Query("""
            select new org.beachhead.export.DatasetQueries$LinkRow(e.id, o.slug, l.relation)
            from ClaimLink l join l.event e join l.other o where e.id between :first and :last order by l.id""")
    List<LinkRow> eventLinks(long first, long last);

    @Query("select new org.beachhead.export.DatasetQueries$QuestionRow(q.slug, q.text) from Question q order by q.seq")
    List<QuestionRow> questions();

    @Query("""
            select new org.beachhead.export.DatasetQueries$SideRow(q.slug, s.side, s.answer)
            from Question q join q.sides s order by q.seq, s.side""")
    List<SideRow> questionSides();

    @Query("""
            select new org.beachhead.export.DatasetQueries$SideEventRow(q.slug, c.side, e.slug)
            from Question q join q.claims c join c.event e order by q.seq, c.seq""")
    List<SideEventRow> questionEvents();

    @Query("""
            select new org.beachhead.export.DatasetQueries$ExcerptRow(e.id, x.purpose, a.slug, x.exact, x.span.start,
                   x.span.end)
            from Excerpt x join x.article a join x.event e
            where e.id between :first and :last order by x.seq, x.id""")
    List<ExcerptRow> eventQuotes(long first, long last);

    @Query("""
            select new org.beachhead.export.DatasetQueries$Linked(e.id, x.slug)
            from Event e join e.partners x where e.id between :first and :last order by e.id, x.id""")
    List<Linked> eventPartners(long first, long last);

    @Query("""
            select new org.beachhead.export.DatasetQueries$Linked(e.id, x.slug)
            from Event e join e.titles x where e.id between :first and :last order by e.id, x.id""")
    List<Linked> eventTitles(long first, long last);

    @Query("""
            select new org.beachhead.export.DatasetQueries$Linked(e.id, x.slug)
            from Event e join e.regulators x where e.id between :first and :last order by e.id, x.id""")
    List<Linked> eventRegulators(long first, long last);

    @Query("""
            select new org.beachhead.export.DatasetQueries$Linked(e.id, x.slug)
            from Event e join e.rules x where e.id between :first and :last order by e.id, x.id""")
    List<Linked> eventRules(long first, long last);

    @Query("""
            select new org.beachhead.export.DatasetQueries$Linked(e.id, x.slug)
            from Event e join e.people x where e.id between :first and :last order by e.id, x.id""")
    List<Linked> eventPeople(long first, long last);
}
