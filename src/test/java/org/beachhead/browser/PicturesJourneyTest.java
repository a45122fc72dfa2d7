package org.beachhead.browser;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The chart and the map at a phone's and a desktop's width, in English and Chinese: no label under
 * 10 px, nothing wider than the screen but the map's own frame, the chart's marks numbered as in
 * the events table, and the empty years narrowed to one labelled band. On a phone the chart is laid
 * out again: it fits the screen, its lanes stacked, each named above its marks.
 */
class PicturesJourneyTest extends BrowserTest {

    /** The smallest label of the picture, in CSS pixels on the screen. */
    private static final String SMALLEST_LABEL = "var svg = document.querySelector(arguments[0]); var scale = svg.getScreenCTM().a;"
            + " return Math.min.apply(null, Array.prototype.map.call(svg.querySelectorAll('text'),"
            + " function (t) { return parseFloat(getComputedStyle(t).fontSize) * scale; }));";

    @ParameterizedTest
    @CsvSource({"390x844, en", "1366x900, en", "390x844, zh-CN", "1366x900, zh-CN"})
    void theChartsLabelsAreLegibleItsMarksNumberedAndTheEmptyYearsNarrow(String size, String language) {
        windowOf(size);
        open("/timeline/chart?lang=" + language);
        boolean phone = size.startsWith("390");
        String chart = phone ? "#chart-narrow svg.chart" : "#chart-wide svg.chart";
        assertThat(one(phone ? "#chart-wide" : "#chart-narrow").isDisplayed()).as("the other layout is hidden").isFalse();

        assertThat(((Number) script(SMALLEST_LABEL, chart)).doubleValue()).as("the smallest label, px").isGreaterThanOrEqualTo(10);
        assertThat(overflow()).as("the page no wider than the screen").isLessThanOrEqualTo(0);
        assertThat(((Number) script("var f = arguments[0].parentNode; return f.scrollWidth - f.clientWidth;", one(chart))).longValue())
                .as("the chart fits its frame, with no sideways scrolling").isLessThanOrEqualTo(0);
        if (phone) {
            assertThat(((Number) script(MARKS_ABOVE_LANE_LABELS, one(chart))).longValue()).as("marks drawn above or beside their lane's name")
                    .isZero();
        }
        List<String> numbers = all(chart + " .mark-number").stream().map(number -> number.getAttribute("textContent")).toList();
        assertThat(numbers).hasSize(all("#chart-events tbody tr").size()).startsWith("1", "2", "3").endsWith(String.valueOf(numbers.size()));
        assertThat(all("#chart-events .mark-ref").get(numbers.size() - 1).getText()).isEqualTo(String.valueOf(numbers.size()));

        assertThat(all(chart + " .gap-label")).singleElement()
                .satisfies(gap -> assertThat(gap.getAttribute("textContent")).isEqualTo("2018–2022"));
        double gapWidth = Double.parseDouble(one(chart + " .gap-band").getAttribute("width"));
        List<Double> ticks = all(chart + " .year-line").stream().map(line -> Double.parseDouble(line.getAttribute("x1"))).toList();
        assertThat(gapWidth).as("five empty years against one with events").isLessThan(ticks.get(1) - ticks.get(0));
    }

    /** How many marks of a lane start higher than the bottom of the lane's name (on the screen). */
    private static final String MARKS_ABOVE_LANE_LABELS = "var svg = arguments[0], wrong = 0;"
            + " svg.querySelectorAll('.lanes > g').forEach(function (lane) {"
            + "   var box = lane.querySelector('rect').getBoundingClientRect(), name = lane.querySelector('text').getBoundingClientRect();"
            + "   svg.querySelectorAll('.marks circle.dot').forEach(function (dot) {"
            + "     var d = dot.getBoundingClientRect(); var middle = (d.top + d.bottom) / 2;"
            + "     if (middle > box.top && middle < box.bottom && d.top < name.bottom) { wrong++; } }); });"
            + " return wrong;";

    @ParameterizedTest
    @CsvSource({"390x844, en", "1366x900, en", "390x844, zh-CN"})
    void theMapsLabelsAreLegibleAndItsConnectionsAreAlsoAList(String size, String language) {
        windowOf(size);
        open("/map?lang=" + language);

        assertThat(((Number) script(SMALLEST_LABEL, "svg.map")).doubleValue()).as("the smallest label, px").isGreaterThanOrEqualTo(10);
        assertThat(overflow()).as("the page no wider than the screen").isLessThanOrEqualTo(0);
        assertThat(all("#map-connections tbody tr")).hasSizeGreaterThan(5);
        assertThat(one("a.view-switch[href='#connections-heading']").isDisplayed()).as("a link to the list form").isTrue();
        double netflixMiddle = ((Number) script("var box = document.querySelector(\"svg.map a.node[data-key='netflix']\")"
                + ".getBoundingClientRect(); return (box.left + box.right) / 2;")).doubleValue();
        assertThat(netflixMiddle).as("Netflix, in the frame's first view").isBetween(0.0, ((Number) script("return window.innerWidth")).doubleValue());
    }

    private static long overflow() {
        return ((Number) script("return document.documentElement.scrollWidth - window.innerWidth")).longValue();
    }
}
