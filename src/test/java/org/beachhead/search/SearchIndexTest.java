package org.beachhead.search;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SearchIndexTest {

    @Test
    void everyWordMustMatchSomewhereInTheDocument() {
        SearchIndex index = new SearchIndex(List.of(
                event("both-in-text", "Talks in China", "Netflix is talking to Wasu Media"),
                event("one-in-each", "Netflix in China", "Talks with Wasu Media"),
                event("only-wasu", "Talks in China", "Wasu Media operates cable TV")));

        assertThat(slugs(index, "netflix wasu")).containsExactlyInAnyOrder("both-in-text", "one-in-each");
        assertThat(slugs(index, "wasu")).hasSize(3);
        assertThat(slugs(index, "wasu microsoft")).isEmpty();
    }

    @Test
    void anExactPhraseRanksAboveTheSameWordsScatteredEvenWhenTheyOccurMoreOften() {
        SearchIndex index = new SearchIndex(List.of(
                event("scattered", "Season after season", "The whole series, season by season, the whole time"),
                event("phrase", "A rule", "approval for the whole season")));

        assertThat(slugs(index, "whole season")).containsExactly("phrase", "scattered");
        assertThat(slugs(index, "season whole")).containsExactly("scattered", "phrase");
    }

    @Test
    void moreMatchesRankAboveFewerAndAMatchInAHeadlineAboveOneInTheText() {
        SearchIndex index = new SearchIndex(List.of(
                event("once-in-text", "Talks", "Wasu Media"),
                event("twice-in-text", "Talks", "Wasu Media, or Wasu"),
                event("in-headline", "Wasu talks", "Media")));

        assertThat(slugs(index, "wasu")).containsExactly("in-headline", "twice-in-text", "once-in-text");
    }

    @Test
    void equalScoresKeepTheOrderOfTheIndex() {
        SearchIndex index = new SearchIndex(List.of(event("first", "Wasu", ""), event("second", "Wasu", "")));

        assertThat(slugs(index, "wasu")).containsExactly("first", "second");
    }

    @Test
    void aHitRecordsWhereEachNameAndPassageMatched() {
        Document partner = new Document(ResultKind.PARTNERS, "/partners/iqiyi", null,
                List.of("iQiyi", "爱奇艺"), List.of(), null, List.of());

        SearchIndex.Hit hit = new SearchIndex(List.of(partner)).search(SearchQuery.parse("爱奇艺")).get(0);

        assertThat(hit.nameMatches()).containsExactly(List.of(), List.of(new Match(0, 3)));
    }

    @Test
    void aPhraseDoesNotRunFromOneTextIntoTheNext() {
        SearchIndex index = new SearchIndex(List.of(
                event("apart", "Talks with Wasu", "Media groups"),
                event("together", "Talks", "with Wasu Media")));

        assertThat(slugs(index, "\"wasu media\"")).containsExactly("together");
    }

    @Test
    void findsWordsFarIntoLongTextsAmongManyDocuments() {
        List<Document> documents = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            documents.add(event("event-" + i, "Talks " + i, "filler ".repeat(i) + (i % 100 == 0 ? "whole season" : "season")));
        }
        SearchIndex index = new SearchIndex(documents);

        assertThat(slugs(index, "\"whole season\"")).containsExactly("event-0", "event-100", "event-200");
        assertThat(slugs(index, "season talks 250")).containsExactly("event-250");
        SearchIndex.Hit hit = index.search(SearchQuery.parse("\"whole season\"")).get(2);
        assertThat(hit.passageMatches()).containsExactly(List.of(new Match(200, 202)));
    }

    @Test
    void aQueryWithoutWordsFindsNothing() {
        SearchIndex index = new SearchIndex(List.of(event("any", "Wasu", "")));

        assertThat(index.search(SearchQuery.parse("?!"))).isEmpty();
    }

    private static Document event(String slug, String headline, String excerpt) {
        return new Document(ResultKind.EVENTS, "/events/" + slug, null, List.of(headline),
                List.of(new Document.Passage(excerpt, "/sources/a#excerpt-0-1")), null, List.of());
    }

    private static List<String> slugs(SearchIndex index, String query) {
        return index.search(SearchQuery.parse(query)).stream()
                .map(hit -> hit.document().href().substring("/events/".length())).toList();
    }
}
