package org.beachhead.common;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ListPageTest {

    private static final List<Integer> PARTNERS = IntStream.range(0, 250).boxed().toList();

    @Test
    void theSecondPageReadsTheNextItemsAndLinksToBothNeighbours() {
        ListPage<Integer> second = ListPage.of("/partners", 2, 100, PARTNERS.size(), ListPageTest::read);

        assertThat(second.items()).startsWith(100).endsWith(199).hasSize(100);
        assertThat(second.pages().previousHref()).isEqualTo("/partners");
        assertThat(second.pages().nextHref()).isEqualTo("/partners?page=3");
    }

    @Test
    void theLastPageHoldsWhatIsLeft() {
        ListPage<Integer> last = ListPage.of("/partners", 3, 100, PARTNERS.size(), ListPageTest::read);

        assertThat(last.items()).containsExactlyElementsOf(PARTNERS.subList(200, 250));
        assertThat(last.pages().nextHref()).isNull();
    }

    @Test
    void aPageBeyondTheListIsRefusedBeforeAnythingIsRead() {
        assertThatThrownBy(() -> ListPage.of("/partners", 4, 100, PARTNERS.size(), window -> {
            throw new AssertionError("read a page that does not exist");
        })).isInstanceOf(BadParameterException.class).extracting("parameter").isEqualTo("page");
    }

    private static List<Integer> read(PageWindow window) {
        return PARTNERS.subList(window.offset(), Math.min(PARTNERS.size(), window.offset() + window.size()));
    }
}
