package org.beachhead.web;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Policy;
import org.junit.jupiter.api.Test;
import org.springframework.cache.CacheManager;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The caches are bounded in bytes and, when full, let go of some entries, never all. */
class CacheConfigurationTest {

    private static final int KIB = 1024;

    @Test
    void keptAnswersPastTheirWeightLoseSomeEntriesNotAllAndKeepTheOneReadMost() {
        AsyncCache<Object, Object> answers = CacheConfiguration.answers(1024 * KIB);
        answers.put("hot", CompletableFuture.completedFuture(answer(64 * KIB)));
        for (int i = 0; i < 40; i++) { // 2.5 MiB in all, the first page read again and again meanwhile
            for (int read = 0; read < 5; read++) {
                answers.synchronous().getIfPresent("hot");
            }
            answers.put("page-" + i, CompletableFuture.completedFuture(answer(64 * KIB)));
            answers.synchronous().cleanUp();
        }

        Policy.Eviction<Object, Object> eviction = answers.synchronous().policy().eviction().orElseThrow();
        assertThat(eviction.weightedSize().orElseThrow()).isLessThanOrEqualTo(1024 * KIB);
        long kept = answers.synchronous().estimatedSize();
        assertThat(kept).as("not emptied").isGreaterThanOrEqualTo(8);
        assertThat(kept).as("some let go").isLessThan(41);
        assertThat(answers.synchronous().getIfPresent("hot")).as("the page everyone reads").isNotNull();
    }

    @Test
    void summariesAreWeighedByTheirSize() {
        Cache<Object, Object> summaries = CacheConfiguration.weighedByEstimate(256 * KIB);
        IntStream.range(0, 100).forEach(i -> summaries.put(List.of("filter", i), new Summary(facets(100))));
        summaries.cleanUp();

        long weight = summaries.policy().eviction().orElseThrow().weightedSize().orElseThrow();
        assertThat(weight).isLessThanOrEqualTo(256 * KIB);
        assertThat(summaries.estimatedSize()).as("about 20 KiB each").isBetween(4L, 30L);
    }

    @Test
    void everyCacheIsDeclaredAndNoOtherIsMadeOnDemand() {
        CacheManager caches = new CacheConfiguration().cacheManager();

        assertThat(caches.getCacheNames()).containsExactlyInAnyOrder(CacheConfiguration.ANSWERS, CacheConfiguration.TIMELINE_SUMMARY,
                CacheConfiguration.DOWNLOADS,
                CacheConfiguration.TIMELINE_CORPUS);
        assertThat(caches.getCache("somethingElse")).isNull();
    }

    private static KeptAnswer answer(int bytes) {
        return new KeptAnswer("text/html;charset=UTF-8", "en", null, new byte[bytes]);
    }

    private record Facet(String slug, String name, long count, String href) {
    }

    private record Summary(List<Facet> facets) {
    }

    private static List<Facet> facets(int count) {
        return IntStream.range(0, count).mapToObj(i -> new Facet("partner-" + i, "Partner number " + i, i,
                "/timeline?partner=partner-" + i + "&kind=deal&from=2015")).toList();
    }
}
