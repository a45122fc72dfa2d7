package org.beachhead.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Switching to Chinese in a real browser shows the curators' Chinese headlines and Chinese names in the filters. */
class ChineseTimelineTest extends BrowserTest {

    @Test
    void switchingToChineseShowsChineseHeadlinesOnTheTimeline() {
        windowOf(DESKTOP);
        open("/timeline");
        assertThat(headlines()).contains("LeTV says it has closed a deal with Microsoft to build a global platform on Microsoft's cloud");

        one(".languages a[hreflang='zh-Hans']").click();
        snap("chinese-timeline");

        assertThat(one("html").getAttribute("lang")).isEqualTo("zh-CN");
        assertThat(headlines()).contains("乐视表示已与微软达成协议，在微软云上打造全球平台")
                .noneMatch(headline -> headline.contains("LeTV"));
        assertThat(all("#partner-facets label").stream().map(WebElement::getText)).contains("乐视", "华数传媒");
    }

    private static List<String> headlines() {
        return all(".event-headline").stream().map(WebElement::getText).toList();
    }
}
