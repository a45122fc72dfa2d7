package org.beachhead.web;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ApproximateBytesTest {

    private record Option(String label, long count) {
    }

    /** Private, like the view models features keep in their caches. */
    private record View(List<Option> options, Map<String, String> names) {
    }

    @Test
    void growsWithWhatAValueHolds() {
        View small = new View(List.of(new Option("a", 1)), Map.of());
        View large = new View(List.of(new Option("x".repeat(1000), 1), new Option("y".repeat(1000), 2)),
                Map.of("wasu", "Wasu Media"));

        assertThat(ApproximateBytes.of(small)).isBetween(50L, 300L);
        assertThat(ApproximateBytes.of(large)).isBetween(4000L, 5000L);
    }

    @Test
    void nothingAndSharedConstantsWeighNothing() {
        assertThat(ApproximateBytes.of(null)).isZero();
        assertThat(ApproximateBytes.of(java.time.DayOfWeek.MONDAY)).isZero();
    }
}
