package org.beachhead.web;

import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PeopleAndLanguagesTest extends PageTest {

    @Test
    void aPersonsPageListsWhatTheySaidOldestFirstSoAChangeOfStanceShows() {
        HtmlPage sarandos = get("/people/ted-sarandos");

        assertThat(status(sarandos)).isEqualTo(200);
        List<String> headlines = texts(sarandos, ".event-headline");
        assertThat(headlines).hasSizeGreaterThanOrEqualTo(2);
        assertThat(headlines.get(0)).contains("without a local partner");
        assertThat(headlines.get(headlines.size() - 1)).contains("partner");
        assertThat(attributes(sarandos, ".event .event-meta time", "datetime")).isSorted();
    }

    @Test
    void everyPersonInAnEventLinksToTheirPage() {
        List<String> people = attributes(get("/timeline"), ".involves a[href^='/people/']", "href");

        assertThat(people).isNotEmpty().allSatisfy(link -> assertThat(status(get(link))).as(link).isEqualTo(200));
        assertThat(attributes(get("/people"), ".entity-list a", "href")).containsAll(people);
    }

    @Test
    void entityPagesListEverySentenceThatNamesThemWithTheNameMarked() {
        HtmlPage wasu = get("/partners/wasu");

        assertThat(texts(wasu, ".mention-list li")).isNotEmpty()
                .anyMatch(sentence -> sentence.contains("SAPPRFT") && sentence.contains("seven companies"));
        assertThat(texts(wasu, ".mention-list mark")).allMatch(name -> name.matches("(?i)wasu( media)?"));
        assertThat(texts(get("/people/jack-ma"), ".mention-list mark")).contains("Jack Ma");
    }

    @Test
    void theInterfaceSpeaksChineseOnRequestAndRemembersItForTheVisit() {
        HtmlPage chinese = get("/timeline?lang=zh-CN");
        HtmlPage next = get("/partners");

        assertThat(text(chinese, "main h1")).isEqualTo("时间线");
        assertThat(chinese.getDocumentElement().getAttribute("lang")).isEqualTo("zh-CN");
        assertThat(text(next, "main h1")).isEqualTo("合作方");
        assertThat(texts(chinese, ".excerpt mark.quote")).allSatisfy(quote -> assertThat(quote).matches(".*[A-Za-z].*"));

        assertThat(texts(get("/timeline?partner=iqiyi"), ".involves a[href='/partners/iqiyi']")).contains("爱奇艺");
        assertThat(text(get("/partners?lang=en"), "main h1")).isEqualTo("Partners");
        assertThat(texts(get("/timeline?partner=iqiyi"), ".involves a[href='/partners/iqiyi']")).containsOnly("iQiyi");
    }

    @Test
    void theBrowsersLanguageChoosesFirst() {
        HtmlPage page = getIn("zh-CN,zh;q=0.9,en;q=0.5", "/deals");

        assertThat(text(page, "main h1")).isEqualTo("交易");
        assertThat(text(getIn("fr-FR,fr;q=0.9", "/deals"), "main h1")).isEqualTo("Deals");
    }

    @Test
    void theLanguageSwitchKeepsTheFilters() {
        List<String> links = attributes(get("/timeline?partner=wasu&kind=talks"), ".languages a", "href");

        assertThat(links).containsExactly("/timeline?partner=wasu&kind=talks&lang=en", "/timeline?partner=wasu&kind=talks&lang=zh-CN");
    }

    @Test
    void errorPagesSpeakTheVisitorsLanguageToo() {
        HtmlPage page = get("/partners/nobody?lang=zh-CN");

        assertThat(status(page)).isEqualTo(404);
        assertThat(text(page, ".error-message")).isEqualTo("语料中没有标识为 nobody 的合作方。");
    }
}
