package org.beachhead.search;

import org.beachhead.corpus.CorpusImporter;
import org.beachhead.search.SearchPage.ResultGroup;
import org.beachhead.search.SearchPage.SearchResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** What a reader types and what should come first, on the real corpus in seeds/. */
@DataJpaTest(showSql = false)
@Import({CorpusImporter.class, SearchDocuments.class, SearchService.class})
@Transactional(propagation = Propagation.NOT_SUPPORTED)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchQueriesTest {

    @Autowired
    CorpusImporter importer;

    @Autowired
    SearchService search;

    @BeforeAll
    void importTheSeeds() {
        importer.importCorpus(Path.of("seeds"), "curation.yaml");
    }

    @ParameterizedTest(name = "{0} → {1} first: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # query                            | kind       | first result's link
            wasu                               | partners   | /partners/wasu
            Wasu Media                         | partners   | /partners/wasu
            censor                             | rules      | /regulators#rule-whole-season-approval
            censorship                         | rules      | /regulators#rule-whole-season-approval
            VPN                                | rules      | /regulators#rule-vpn-restriction
            subscriber                         | sources    | /sources/resonate-2016-netflix-more-asian-content
            爱奇艺                              | partners   | /partners/iqiyi
            乐视                                | partners   | /partners/letv
            "whole season"                     | events     | /events/whole-season-approval-rule
            "radio and television"             | regulators | /regulators/nrta
            广电总局                             | regulators | /regulators/sapprft
            sarandos                           | people     | /people/ted-sarandos
            Ted Sarandos                       | people     | /people/ted-sarandos
            bong joon-ho                       | people     | /people/bong-joon-ho
            Empresses in the Palace            | titles     | /titles/empresses-in-the-palace
            甄嬛传                              | titles     | /titles/empresses-in-the-palace
            Bardo                              | deals      | /deals/iqiyi-bardo
            set-top boxes                      | deals      | /deals/wasu-alibaba-set-top-boxes
            # Chinese headlines and names the curators wrote: a word of a headline, words apart, mixed with English
            机顶盒                              | events     | /events/wasu-alibaba-set-top-boxes
            整季审查                             | events     | /events/whole-season-approval-rule
            太阳的后裔                            | events     | /events/descendants-of-the-sun-hit-in-china
            整季送审                             | rules      | /regulators#rule-whole-season-approval
            萨兰多斯                             | people     | /people/ted-sarandos
            马云                                | people     | /people/jack-ma
            Bardo 爱奇艺                         | events     | /events/bardo-partnership-announced
            Netflix 机顶盒                       | events     | /events/wasu-alibaba-set-top-boxes
            """)
    void theExpectedResultComesFirst(String query, String kind, String href) {
        SearchPage page = search.search(query);

        assertThat(firstOf(page, kind)).as(query).isEqualTo(href);
    }

    @Test
    void aChineseReaderSeesChineseHeadlinesAndNamesWithTheMatchesMarked() {
        SearchPage page = search.search("机顶盒 Alibaba");
        SearchResult event = group(page, "events").results().get(0);
        SearchResult partner = group(page, "partners").results().get(0);

        LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
        try {
            assertThat(event.shownLabel().text()).isEqualTo("杭州有线电视和宽带运营商华数开始与阿里巴巴合作生产机顶盒");
            assertThat(marked(event.shownLabel())).containsExactly("机顶盒");
            assertThat(partner.shownLabel().text()).isEqualTo("阿里巴巴");
            assertThat(marked(partner.shownAlsoNamed().get(0))).containsExactly("Alibaba");
            assertThat(page.partners()).extracting(facet -> facet.label().toString()).contains("华数传媒", "阿里巴巴");
            assertThat(search.suggest("was", Locale.SIMPLIFIED_CHINESE)).extracting(SearchService.Suggestion::label)
                    .contains("华数传媒");
        } finally {
            LocaleContextHolder.resetLocaleContext();
        }

        LocaleContextHolder.setLocale(Locale.ENGLISH);
        try {
            assertThat(event.shownLabel().text()).startsWith("Wasu, a Hangzhou cable and broadband operator");
            assertThat(marked(event.shownAlsoNamed().get(0))).containsExactly("机顶盒");
            assertThat(marked(partner.shownLabel())).containsExactly("Alibaba");
            assertThat(page.partners()).extracting(facet -> facet.label().toString()).contains("Wasu Media", "Alibaba");
        } finally {
            LocaleContextHolder.resetLocaleContext();
        }
    }

    @Test
    void aPersonsEventsKeepTheirChineseHeadlines() {
        SearchResult person = group(search.search("萨兰多斯"), "people").results().get(0);

        assertThat(person.labelZh().text()).isEqualTo("泰德·萨兰多斯");
        assertThat(person.events()).isNotEmpty().allSatisfy(event -> assertThat(event.chineseName()).isNotBlank());
    }

    @Test
    void chineseWordsMatchInsideLongerNames() {
        // 总局 is a word of both regulators' names; 国家总局 is two words, both in both names, not side by side.
        for (String query : List.of("总局", "国家总局")) {
            assertThat(hrefs(search.search(query), "regulators")).as(query)
                    .containsExactlyInAnyOrder("/regulators/sapprft", "/regulators/nrta");
        }
    }

    @Test
    void aTypoFindsNothingButSuggestsAndShowsTheNameItMeant() {
        SearchPage page = search.search("Wasoo");

        assertThat(page.suggestion()).isEqualTo("Wasu");
        assertThat(page.resultsFor()).isEqualTo("Wasu");
        assertThat(firstOf(page, "partners")).isEqualTo("/partners/wasu");
    }

    @Test
    void aWordThatIsFoundIsNotRespelt() {
        assertThat(search.search("wasu").suggestion()).isNull();
        assertThat(search.search("zyzzyva").suggestion()).isNull();
        assertThat(search.search("zyzzyva").groups()).isEmpty();
    }

    @Test
    void anyWordMayMatchAndResultsWithEveryWordComeFirst() {
        SearchPage page = search.search("wasu letv");

        List<String> partners = hrefs(page, "partners");
        assertThat(partners).contains("/partners/wasu", "/partners/letv");
        List<SearchResult> events = group(page, "events").results();
        assertThat(events).isNotEmpty();
        // An event naming both would come first; none does, so both partners' events are listed.
        assertThat(hrefs(page, "events")).anySatisfy(href -> assertThat(href).contains("wasu"))
                .anySatisfy(href -> assertThat(href).contains("letv"));
    }

    @Test
    void aChineseNameFindsTheEventsOfItsEntity() {
        SearchPage page = search.search("爱奇艺");

        assertThat(hrefs(page, "events")).isNotEmpty().contains("/events/bardo-partnership-announced");
        // Each is found by what it involves, or by its Chinese headline naming iQiyi, and shows where it matched.
        assertThat(group(page, "events").results()).allSatisfy(result ->
                assertThat(Stream.concat(result.involves().stream(), Stream.of(result.labelZh())))
                        .anySatisfy(name -> assertThat(marked(name)).containsExactly("爱奇艺")));
    }

    @Test
    void theSnippetIsTheSentenceThatNamesTheFilm() {
        SearchPage page = search.search("Train to Busan");

        SearchResult source = group(page, "sources").results().get(0);
        assertThat(source.snippet().text().text()).contains("‘Train to Busan’ set yet another record")
                .doesNotStartWith("Netflix is looking");
        assertThat(marked(source.snippet().text())).contains("Train to Busan");
    }

    @Test
    void aStemmedWordIsMarkedInItsWrittenForm() {
        SearchPage page = search.search("subscriber");

        assertThat(marked(group(page, "sources").results().get(0).snippet().text())).contains("subscribers");
    }

    @Test
    void countsPerKindPartnerAndYearFilterTheResults() {
        SearchPage all = search.search("netflix");
        assertThat(all.kinds()).extracting(SearchPage.Facet::value).contains("events", "sources");
        assertThat(all.partners()).extracting(SearchPage.Facet::value).contains("wasu");
        assertThat(all.years()).extracting(SearchPage.Facet::value).contains("2015");

        SearchPage wasu2015 = search.search(SearchRequest.parse("netflix", null, List.of("wasu"), List.of("2015")));
        int wasuEvents = all.partners().stream().filter(f -> f.value().equals("wasu")).findFirst().orElseThrow().count();
        assertThat(wasu2015.total()).isPositive().isLessThanOrEqualTo(wasuEvents).isLessThan(all.total());
        assertThat(hrefs(wasu2015, "events")).allSatisfy(href -> assertThat(href).startsWith("/events/"));
        assertThat(wasu2015.partners()).filteredOn(SearchPage.Facet::active).extracting(SearchPage.Facet::value)
                .containsExactly("wasu");

        SearchPage onlyPartners = search.search(SearchRequest.parse("wasu", List.of("partners"), null, null));
        assertThat(onlyPartners.groups()).extracting(g -> g.kind().code()).containsOnly("partners");
        assertThat(onlyPartners.kinds()).extracting(SearchPage.Facet::value).contains("events"); // still offered
    }

    @Test
    void suggestionsAreNamesStartingAsTyped() {
        assertThat(search.suggest("was", Locale.ENGLISH)).extracting(SearchService.Suggestion::href).contains("/partners/wasu");
        assertThat(search.suggest("ted sar", Locale.ENGLISH)).extracting(SearchService.Suggestion::href)
                .containsExactly("/people/ted-sarandos");
        assertThat(search.suggest("爱奇", Locale.ENGLISH)).extracting(SearchService.Suggestion::href).contains("/partners/iqiyi");
        assertThat(search.suggest("", Locale.ENGLISH)).isEmpty();
    }

    private static String firstOf(SearchPage page, String kind) {
        List<String> hrefs = hrefs(page, kind);
        return hrefs.isEmpty() ? null : hrefs.get(0);
    }

    private static List<String> hrefs(SearchPage page, String kind) {
        ResultGroup group = page.groups().stream().filter(g -> g.kind().code().equals(kind)).findFirst().orElse(null);
        return group == null ? List.of() : group.results().stream().map(SearchResult::href).toList();
    }

    private static ResultGroup group(SearchPage page, String kind) {
        return page.groups().stream().filter(g -> g.kind().code().equals(kind)).findFirst().orElseThrow();
    }

    private static List<String> marked(Highlighted text) {
        return text.runs().stream().filter(Highlighted.Run::matched).map(Highlighted.Run::text).toList();
    }
}
