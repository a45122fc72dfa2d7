package org.beachhead.common;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PageWindowTest {

    @Test
    void aMiddlePageLinksToBothNeighboursKeepingTheAddressesOwnParameters() {
        PageWindow window = new PageWindow("/deals?partner=iqiyi", 2, 50, 120);

        assertThat(window.pages()).isEqualTo(3);
        assertThat(window.offset()).isEqualTo(50);
        assertThat(window.rows().getOffset()).isEqualTo(50);
        assertThat(window.rows().getPageSize()).isEqualTo(50);
        assertThat(window.previousHref()).isEqualTo("/deals?partner=iqiyi");
        assertThat(window.nextHref()).isEqualTo("/deals?partner=iqiyi&page=3");
    }

    @Test
    void theLastPageHasNoNextAndAnEmptyListIsOnePage() {
        assertThat(new PageWindow("/partners/iqiyi", 3, 50, 101).nextHref()).isNull();
        assertThat(new PageWindow("/partners/iqiyi", 3, 50, 101).previousHref()).isEqualTo("/partners/iqiyi?page=2");
        assertThat(new PageWindow("/sources", 1, 100, 0).pages()).isEqualTo(1);
        assertThat(new PageWindow("/sources", 1, 100, 0).existing().pastEnd()).isTrue();
    }

    @Test
    void aPageBeyondTheListIsPastItsEndAndABadParameterNamingPageWhereItMustExist() {
        PageWindow beyond = new PageWindow("/sources", 3, 100, 200);

        assertThat(beyond.pastEnd()).isTrue();
        assertThatThrownBy(beyond::existing)
                .isInstanceOfSatisfying(BadParameterException.class, e -> assertThat(e.parameter()).isEqualTo("page"));
    }

    @Test
    void aHugePageNumberStaysOutOfRangeInsteadOfOverflowing() {
        assertThat(new PageWindow("/api/v1/events", 999_999_999, 200, 43).pastEnd()).isTrue();
    }
}
