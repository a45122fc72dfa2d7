package org.beachhead.timeline;

import org.beachhead.corpus.CorpusHistory;
import org.beachhead.corpus.ShippedCorpus;
import org.beachhead.web.PageTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * After a save applied in place, the link index (updated with the change alone) answers as one read afresh from
 * the database does: for every event, partner and person.
 */
class EventLinkIndexTest extends PageTest {

    private static final String CLAIM = """
              - slug: bardo-press-release-with-others
                date: "c. 2017-08"
                dated_by: inferred
                date_note: "Reported in the CGTN article of 12 August 2017."
                date_note_zh: "见于CGTN 2017年8月12日的文章。"
                kind: deal
                headline: "The Bardo press release, linked to iQiyi and Netflix"
                headline_zh: "《Bardo》新闻稿，关联爱奇艺和Netflix"
                attribution: reporting
                certainty: reported
                deal: iqiyi-bardo
                partners: [iqiyi]
                titles: [bardo]
                excerpts:
                  - article: cgtn-2017-netflix-first-chinese-original
                    quote: "In a press release Friday, the streaming platform announced a partnership with iQiyi"

            """;

    @Autowired
    CorpusHistory history;

    @Autowired
    EventLinkIndex index;

    @Autowired
    EventRows rows;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void shippedCorpusAgain() {
        ShippedCorpus.servedAgain(history);
    }

    @Test
    void anAddedChangedAndRetiredClaimLeaveTheIndexAsAFreshReadOfTheDatabase() {
        save(text -> text.replace("\nquestions:\n", "\n" + CLAIM + "questions:\n"));
        assertSameAsFreshRead();
        assertThat(index.eventsOfPartner("iqiyi")).contains(id("bardo-press-release-with-others"));

        save(text -> text.replace("    partners: [iqiyi]\n    titles: [bardo]\n    excerpts:\n      - article: cgtn-2017-netflix-first-chinese-original\n"
                        + "        quote: \"In a press release Friday, the streaming platform announced a partnership with iQiyi\"",
                "    partners: [iqiyi]\n    excerpts:\n      - article: cgtn-2017-netflix-first-chinese-original\n"
                        + "        quote: \"In a press release Friday, the streaming platform announced a partnership with iQiyi\""));
        assertSameAsFreshRead();
        assertThat(index.of(id("bardo-press-release-with-others")).titles()).isEmpty();

        long retired = id("bardo-press-release-with-others");
        save(text -> text.replace(CLAIM.replace("    titles: [bardo]\n", ""), "")
                .replace("\n...\n", "\nretired:\n  events: [bardo-press-release-with-others]\n...\n"));
        assertSameAsFreshRead();
        assertThat(index.eventsOfPartner("iqiyi")).doesNotContain(retired);
    }

    @Test
    void aPartnersEventsAreListedOldestFirstAsTheDatabaseOrdersThemAlsoAfterADateChanges() {
        save(text -> text.replace("\nquestions:\n", "\n" + CLAIM + "questions:\n"));
        List<Long> before = index.eventsOfPartner("iqiyi");
        assertThat(before).isEqualTo(iqiyiEventsOldestFirst()).contains(id("bardo-press-release-with-others"));

        save(text -> text.replace(CLAIM, CLAIM.replace("date: \"c. 2017-08\"", "date: \"2014-05\"")));
        List<Long> after = index.eventsOfPartner("iqiyi");
        assertThat(after).isEqualTo(iqiyiEventsOldestFirst())
                .containsExactlyInAnyOrderElementsOf(before).isNotEqualTo(before);
        assertSameAsFreshRead();
    }

    /** iQiyi's events in any role, in the timeline's order, as SQL sorts them. */
    private List<Long> iqiyiEventsOldestFirst() {
        return jdbc.sql("""
                select e.id from event e
                where e.id in (select ep.event_id from event_partner ep join partner p on p.id = ep.partner_id where p.slug = 'iqiyi')
                   or e.id in (select er.event_id from event_role er join partner p on p.id = er.partner_id where p.slug = 'iqiyi')
                order by e.date_year, e.date_month nulls first, e.date_day nulls first, e.slug""").query(Long.class).list();
    }

    private void assertSameAsFreshRead() {
        EventLinkIndex fresh = new EventLinkIndex(rows);
        List<Long> events = jdbc.sql("select id from event").query(Long.class).list();
        List<String> partners = jdbc.sql("select slug from partner").query(String.class).list();
        assertThat(events).allSatisfy(event -> assertThat(index.of(event)).as("event %s", event).isEqualTo(fresh.of(event)));
        assertThat(partners).allSatisfy(partner -> {
            assertThat(index.eventsOfPartner(partner)).as(partner).isEqualTo(fresh.eventsOfPartner(partner));
            assertThat(index.peopleInEventsOf(partner)).as(partner).containsExactlyInAnyOrderElementsOf(fresh.peopleInEventsOf(partner));
        });
    }

    private long id(String slug) {
        return jdbc.sql("select id from event where slug = ?").param(slug).query(Long.class).single();
    }

    private void save(UnaryOperator<String> edit) {
        int newest = history.newest().orElseThrow().number();
        String text = history.curationText(newest);
        String edited = edit.apply(text);
        assertThat(edited).as("the edit applies").isNotEqualTo(text);
        history.save(newest, "editor", "An edit", Map.of(history.curationFile(), edited.getBytes(StandardCharsets.UTF_8)));
    }
}
