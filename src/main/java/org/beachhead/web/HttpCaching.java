package org.beachhead.web;

import org.beachhead.corpus.PerImportCache;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.time.Duration;

/** Conditional requests for everything controllers answer; see docs/feeds-and-caching.md. */
@Configuration
class HttpCaching implements WebMvcConfigurer {

    /** Longer than any page takes to render on the large corpus under load (docs/benchmarks.md). */
    private static final Duration RENDERING_PATIENCE = Duration.ofSeconds(15);

    private final CorpusVersionHolder versions;
    private final PerImportCache kept;

    HttpCaching(CorpusVersionHolder versions, PerImportCache kept) {
        this.versions = versions;
        this.kept = kept;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        // Last, so that the language switch (?lang=) has already happened when the tag names the language.
        registry.addInterceptor(new ConditionalRequests(versions, kept, new RenderingOnce(RENDERING_PATIENCE)))
                .order(Ordered.LOWEST_PRECEDENCE);
    }
}
