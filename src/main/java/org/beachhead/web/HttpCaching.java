package org.beachhead.web;

import org.springframework.cache.CacheManager;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Conditional requests and kept answers for everything controllers answer; see docs/feeds-and-caching.md. */
@Configuration
class HttpCaching implements WebMvcConfigurer {

    private final CorpusVersionHolder versions;
    private final CacheManager caches;

    HttpCaching(CorpusVersionHolder versions, CacheManager caches) {
        this.versions = versions;
        this.caches = caches;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        // Last, so that the language switch (?lang=) has already happened when the tag names the language.
        registry.addInterceptor(new ConditionalRequests(versions, caches.getCache(CacheConfiguration.ANSWERS)))
                .order(Ordered.LOWEST_PRECEDENCE);
    }
}
