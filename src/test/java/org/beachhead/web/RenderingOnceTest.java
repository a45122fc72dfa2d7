package org.beachhead.web;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class RenderingOnceTest {

    private final RenderingOnce rendering = new RenderingOnce(Duration.ofSeconds(10));

    @Test
    void onlyTheFirstToAskRendersUntilItIsFinished() {
        assertThat(rendering.claim("timeline")).isTrue();
        assertThat(rendering.claim("timeline")).isFalse();
        assertThat(rendering.claim("partner")).isTrue();

        rendering.finish("timeline");

        assertThat(rendering.claim("timeline")).isTrue();
    }

    @Test
    void aWaitingRequestGoesOnWhenTheRenderingFinishes() throws Exception {
        rendering.claim("timeline");
        CompletableFuture<Void> waiting = CompletableFuture.runAsync(() -> {
            try {
                rendering.awaitOther("timeline");
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });

        Thread.sleep(100);
        assertThat(waiting).isNotDone();
        rendering.finish("timeline");

        waiting.get(5, TimeUnit.SECONDS);
    }

    @Test
    void nobodyWaitsLongerThanThePatience() throws InterruptedException {
        RenderingOnce impatient = new RenderingOnce(Duration.ofMillis(50));
        impatient.claim("timeline");

        long started = System.nanoTime();
        impatient.awaitOther("timeline");

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void withNobodyRenderingThereIsNothingToWaitFor() throws InterruptedException {
        long started = System.nanoTime();
        rendering.awaitOther("timeline");

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
    }
}
