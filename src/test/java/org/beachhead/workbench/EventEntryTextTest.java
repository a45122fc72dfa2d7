package org.beachhead.workbench;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** An event's entry found, read, rewritten and removed as text; slugs declared retired; every other byte as it was. */
class EventEntryTextTest {

    private static final String FILE = """
            articles:
              - slug: a
            events:
              # ---- 2013
              - slug: e1
                key: true
                date: 2013   # the year only
                kind: deal
                headline: "First"
                partners: [wasu, alibaba]
                date_quote: {article: a, quote: "since 2013"}
                excerpts:
                  - article: a
                    quote: "one"
                  - article: a
                    quote: "two"

              # ---- 2014
              - slug: e2
                date: "2014"
                headline: 'Second'
                excerpts:
                  - article: a
                    quote: "three"
            questions:
              - slug: q
            ...
            """;

    private static EventEntryText e1() {
        return EventEntryText.find(FILE, "e1").orElseThrow();
    }

    @Test
    void anEntryIsItsLinesUpToTheBlankLinesAndCommentsBeforeTheNext() {
        EventEntryText entry = e1();

        assertThat(FILE.substring(entry.start(), entry.end())).startsWith("  - slug: e1\n").endsWith("        quote: \"two\"\n");
        assertThat(entry.values()).containsEntry("date", "2013").containsEntry("key", "true")
                .containsEntry("partners", List.of("wasu", "alibaba"))
                .containsEntry("date_quote", Map.of("article", "a", "quote", "since 2013"));
        assertThat(entry.excerpts()).containsExactly(Map.of("article", "a", "quote", "one"), Map.of("article", "a", "quote", "two"));
        EventEntryText last = EventEntryText.find(FILE, "e2").orElseThrow();
        assertThat(FILE.substring(last.start(), last.end())).endsWith("quote: \"three\"\n");
        assertThat(last.values()).containsEntry("headline", "Second");
        assertThat(EventEntryText.find(FILE, "e3")).isEmpty();
        assertThat(EventEntryText.find(FILE, "a")).as("an article, not an event").isEmpty();
        assertThat(EventEntryText.find(FILE, "q")).as("a question, not an event").isEmpty();
    }

    @Test
    void anEntryWhoseSlugIsNotItsFirstKeyStartsAtItsDashNotAtAListInsideIt() {
        String file = "events:\n  - key: true\n    excerpts:\n      - article: a\n        quote: \"x\"\n    slug: e9\n    date: 2013\n...\n";
        EventEntryText entry = EventEntryText.find(file, "e9").orElseThrow();

        assertThat(entry.start()).isEqualTo(file.indexOf("  - key"));
        assertThat(entry.end()).isEqualTo(file.indexOf("..."));
        Map<String, Object> values = new LinkedHashMap<>(entry.values());
        values.remove("key");
        assertThat(entry.rewritten(values)).isEqualTo("  - excerpts:\n      - article: a\n        quote: \"x\"\n    slug: e9\n    date: 2013\n");
    }

    @Test
    void unchangedKeysKeepTheirLinesChangedOnesAreWrittenWhereTheyWereNewOnesInOrder() {
        EventEntryText entry = e1();
        Map<String, Object> values = new LinkedHashMap<>(entry.values());
        values.put("headline", "First, \"again\"");
        values.remove("key");
        values.put("contradicts", List.of("e2"));
        values.put("certainty", "stated");

        String rewritten = entry.replacedIn(FILE, entry.rewritten(values));

        assertThat(rewritten).isEqualTo(FILE.replace("    key: true\n", "")
                .replace("    headline: \"First\"\n", "    headline: \"First, \\\"again\\\"\"\n    certainty: stated\n")
                .replace("    date_quote: {article: a, quote: \"since 2013\"}\n",
                        "    date_quote: {article: a, quote: \"since 2013\"}\n    contradicts: [e2]\n"));
        assertThat(entry.rewritten(entry.values())).as("nothing changed, nothing rewritten")
                .isEqualTo(FILE.substring(entry.start(), entry.end()));
    }

    @Test
    void excerptsAreWrittenAsABlockList() {
        EventEntryText entry = e1();
        Map<String, Object> values = new LinkedHashMap<>(entry.values());
        values.put("excerpts", List.of(Map.of("article", "a", "quote", "one")));

        assertThat(entry.rewritten(values)).endsWith("    excerpts:\n      - article: a\n        quote: \"one\"\n");
    }

    @Test
    void aRemovedEntryTakesOneBlankLineWithIt() {
        assertThat(e1().removedFrom(FILE)).isEqualTo(FILE.substring(0, e1().start()) + FILE.substring(e1().end() + 1));
        EventEntryText last = EventEntryText.find(FILE, "e2").orElseThrow();
        assertThat(last.removedFrom(FILE)).contains("quote: \"two\"\n\n  # ---- 2014\nquestions:");
    }

    @Test
    void aRetiredSlugGoesIntoItsListCreatingTheListOrTheSectionBeforeTheEnd() {
        String created = CurationText.declareRetired(FILE, "events", "e1");
        assertThat(created).isEqualTo(FILE.replace("  - slug: q\n...\n", "  - slug: q\n\nretired:\n  events: [e1]\n...\n"));
        assertThat(CurationText.declareRetired(created, "events", "e1")).as("listed already").isEqualTo(created);
        assertThat(CurationText.declareRetired(created, "events", "e2")).endsWith("retired:\n  events: [e1, e2]\n...\n");
        assertThat(CurationText.declareRetired(created, "excerpts", "e2")).endsWith("retired:\n  excerpts: [e2]\n  events: [e1]\n...\n");

        String block = FILE.replace("...\n", "retired:   # gone\n  articles: []\n  events:\n    - old\n  deals: []\n...\n");
        assertThat(CurationText.declareRetired(block, "events", "e1")).endsWith("  events:\n    - old\n    - e1\n  deals: []\n...\n");
        assertThat(CurationText.declareRetired(block, "articles", "x")).contains("  articles: [x]\n");
        assertThatThrownBy(() -> CurationText.declareRetired(FILE.replace("...\n", "retired:\n  events: {}\n...\n"), "events", "e1"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
