package org.beachhead.web;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.beachhead.corpus.ImportOutcome;
import org.springframework.cache.CacheManager;
import org.springframework.cache.annotation.EnableCaching;
import org.springframework.cache.caffeine.CaffeineCacheManager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;

/**
 * Every cache of the app, declared here and nowhere else: Caffeine caches behind Spring's cache
 * abstraction, each bounded (by weight in bytes where entries differ in size) and evicting with
 * TinyLFU one entry at a time (a page read by every visitor outlives a thousand URLs read once). Nothing kept outlives an import.
 * A name no cache here declares is an error, not a new unbounded cache.
 */
@Configuration(proxyBeanMethods = false)
@EnableCaching
public class CacheConfiguration {

    /** Rendered answers ({@link KeptAnswer}) under their strong entity tag; see {@link ConditionalRequests}. */
    public static final String ANSWERS = "answers";
    /** The timeline's facets and counts per filter. */
    public static final String TIMELINE_SUMMARY = "timelineSummary";
    /** The files of the whole-corpus downloads (futures, so that one request writes each), one per kind. */
    public static final String DOWNLOADS = "downloads";
    /** The events grouped by what the timeline's filters test, one entry per import, counted for each new filter. */
    public static final String TIMELINE_CORPUS = "timelineCorpus";

    /** A tenth of the 256 MiB heap the app is sized for (docs/benchmarks.md). */
    static final long ANSWERS_BYTES = 24L * 1024 * 1024;
    static final long TIMELINE_SUMMARY_BYTES = 4L * 1024 * 1024;

    @Bean
    CacheManager cacheManager() {
        CaffeineCacheManager caches = new CaffeineCacheManager();
        // A value computed as null is not kept: an answer that turns out not reusable leaves no entry.
        caches.setAllowNullValues(false);
        caches.setCacheNames(List.of());
        caches.registerCustomCache(ANSWERS, answers(ANSWERS_BYTES));
        caches.registerCustomCache(TIMELINE_SUMMARY, weighedByEstimate(TIMELINE_SUMMARY_BYTES));
        caches.registerCustomCache(DOWNLOADS, Caffeine.newBuilder().maximumSize(16).buildAsync());
        caches.registerCustomCache(TIMELINE_CORPUS, Caffeine.newBuilder().maximumSize(1).build());
        return caches;
    }

    /**
     * Asynchronous, so that an answer being rendered is already an entry (a future): requests for
     * it meanwhile wait for that one rendering instead of rendering it again.
     */
    static AsyncCache<Object, Object> answers(long maxBytes) {
        return Caffeine.newBuilder().maximumWeight(maxBytes)
                .weigher((Object tag, Object answer) -> ((KeptAnswer) answer).bytes())
                .buildAsync();
    }

    /**
     * View models (records of lists, strings and numbers) weighed as twice their JSON text, which is
     * about what they take on the heap with object headers and references; computed once per entry kept.
     */
    static Cache<Object, Object> weighedByEstimate(long maxBytes) {
        return Caffeine.newBuilder().maximumWeight(maxBytes)
                .weigher((Object key, Object value) -> 2 * (JsonMapper.shared().writeValueAsBytes(key).length
                        + JsonMapper.shared().writeValueAsBytes(value).length))
                .build();
    }

    @Bean
    EmptiedOnImport cachesEmptiedOnImport(CacheManager caches) {
        return new EmptiedOnImport(caches);
    }

    /** Everything kept was computed from the corpus loaded before. After {@link CorpusVersionHolder}, which listens first. */
    static final class EmptiedOnImport {

        private final CacheManager caches;

        EmptiedOnImport(CacheManager caches) {
            this.caches = caches;
        }

        @EventListener
        @Order(Ordered.LOWEST_PRECEDENCE)
        void corpusImported(ImportOutcome outcome) {
            caches.getCacheNames().forEach(name -> caches.getCache(name).clear());
        }
    }
}
