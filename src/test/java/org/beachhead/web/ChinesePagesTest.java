package org.beachhead.web;

import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** In zh-CN every text the curators wrote, and every name with a Chinese one, is shown in Chinese; English pages keep English. */
class ChinesePagesTest extends PageTest {

    @Test
    void theTimelineShowsChineseHeadlinesAndChinesePartnerNamesInItsFilters() {
        HtmlPage chinese = get("/timeline?lang=zh-CN&partner=letv");

        assertThat(texts(chinese, ".event-headline")).isNotEmpty()
                .contains("Netflix与乐视的谈判尚处于起步阶段，议题包括英语和中文原创内容")
                .noneMatch(headline -> headline.contains("LeTV"));
        assertThat(texts(chinese, "#partner-facets label")).contains("乐视", "华数传媒", "爱奇艺").doesNotContain("LeTV");
        assertThat(texts(chinese, ".active-filters li span")).anyMatch(chip -> chip.contains("乐视"));
        assertThat(texts(chinese, ".involves a[href='/partners/letv']")).containsOnly("乐视");

        HtmlPage english = get("/timeline?lang=en&partner=letv");
        assertThat(texts(english, ".event-headline"))
                .contains("Netflix–LeTV talks are in their infancy, with original English- and Chinese-language content on the table");
        assertThat(texts(english, "#partner-facets label")).contains("LeTV", "Wasu Media").doesNotContain("乐视");
    }

    @Test
    void dealsShowTheirChineseNamesAndSummaries() {
        HtmlPage deals = get("/deals?lang=zh-CN");

        assertThat(texts(deals, ".deal h3")).contains("Netflix与华数传媒的中国合作谈判", "Netflix购得《甄嬛传》");
        assertThat(texts(deals, "#filters label span")).as("the partner filter").contains("华数传媒");
        HtmlPage deal = get("/deals/wasu-netflix-partnership?lang=zh-CN");
        assertThat(text(deal, "main h1")).isEqualTo("Netflix与华数传媒的中国合作谈判");
        assertThat(deal.getTitleText()).isEqualTo("Netflix与华数传媒的中国合作谈判 · Beachhead");
        assertThat(get("/deals/wasu-netflix-partnership?lang=en").getTitleText())
                .isEqualTo("Netflix–Wasu Media China partnership talks · Beachhead");
    }

    @Test
    void pageTitlesAndSummariesAreChinese() {
        assertThat(get("/partners/wasu?lang=zh-CN").getTitleText()).isEqualTo("华数传媒 · Beachhead");
        assertThat(get("/people/jack-ma?lang=zh-CN").getTitleText()).isEqualTo("马云 · Beachhead");
        assertThat(get("/titles/house-of-cards?lang=zh-CN").getTitleText()).isEqualTo("纸牌屋 · Beachhead");
        assertThat(get("/regulators/sapprft?lang=zh-CN").getTitleText()).isEqualTo("国家新闻出版广电总局 · Beachhead");
        HtmlPage event = get("/events/netflix-wasu-talks?lang=zh-CN");
        assertThat(event.getTitleText()).startsWith("彭博社报道，Netflix正与阿里巴巴支持的华数传媒");
        assertThat(text(get("/partners/letv?lang=zh-CN"), ".lede")).contains("中国在线视频平台，对其乐视云有国际化雄心");
        assertThat(text(get("/questions/bardo-partner?lang=zh-CN"), "main h1")).isEqualTo("谁是Netflix在《Bardo》上的合作伙伴？");
    }

    @Test
    void theChartAndTheMapLabelTheirMarksInChinese() {
        assertThat(texts(get("/timeline/chart?lang=zh-CN"), ".lane-label")).contains("乐视", "华数传媒").doesNotContain("LeTV");
        assertThat(texts(get("/map?lang=zh-CN"), "svg title"))
                .anyMatch(label -> label.startsWith("Netflix — 爱奇艺: 《Bardo》：Netflix首部中文原创剧集"));
        assertThat(texts(get("/timeline/chart?lang=en"), ".lane-label")).contains("LeTV", "Wasu Media");
    }

    @Test
    void quotesStayInTheirSourcesLanguage() {
        assertThat(texts(get("/events/netflix-wasu-talks?lang=zh-CN"), ".excerpt mark.quote"))
                .isNotEmpty().anyMatch(quote -> quote.contains("Wasu Media"))
                .noneMatch(quote -> quote.matches(".*[\\u4e00-\\u9fff].*"));
    }
}
