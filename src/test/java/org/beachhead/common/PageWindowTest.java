package org.beachhead.common;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PageWindowTest {

    @Test
    void aMiddlePageLinksToBothNeighboursKeepingTheAddressesOwnParameters() {
        PageWindow window = PageWindow.of("/deals?partner=iqiyi", 2, 120, 50);

        assertThat(window.pages()).isEqualTo(3);
        assertThat(window.offset()).isEqualTo(50);
        assertThat(window.previousHref()).isEqualTo("/deals?partner=iqiyi");
        assertThat(window.nextHref()).isEqualTo("/deals?partner=iqiyi&page=3");
    }

    @Test
    void theLastPageHasNoNextAndAnEmptyListIsOnePage() {
        assertThat(PageWindow.of("/partners/iqiyi", 3, 101, 50).nextHref()).isNull();
        assertThat(PageWindow.of("/partners/iqiyi", 3, 101, 50).previousHref()).isEqualTo("/partners/iqiyi?page=2");
        assertThat(PageWindow.of("/sources", 1, 0, 100).pages()).isEqualTo(1);
    }

    @Test
    void aPageBeyondTheListIsABadParameterNamingPage() {
        assertThatThrownBy(() -> PageWindow.of("/sources", 3, 200, 100))
                .isInstanceOfSatisfying(BadParameterException.class, e -> assertThat(e.parameter()).isEqualTo("page"));
    }
}
