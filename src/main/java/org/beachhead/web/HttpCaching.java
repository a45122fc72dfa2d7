package org.beachhead.web;

import org.beachhead.corpus.PerImportCache;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Conditional requests for everything controllers answer; see docs/feeds-and-caching.md. */
@Configuration
class HttpCaching implements WebMvcConfigurer {

    private final CorpusVersionHolder versions;
    private final PerImportCache kept;

    HttpCaching(CorpusVersionHolder versions, PerImportCache kept) {
        this.versions = versions;
        this.kept = kept;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        // Last, so that the language switch (?lang=) has already happened when the tag names the language.
        registry.addInterceptor(new ConditionalRequests(versions, kept)).order(Ordered.LOWEST_PRECEDENCE);
    }
}
