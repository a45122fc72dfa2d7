package org.beachhead.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.util.WebUtils;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Validators for every GET or HEAD a controller answers, a 304 before any rendering when the
 * client already has the representation, and the kept copy when another client asked for it
 * before: the tag needs no query, only the request and the {@link ContentVersion} in memory. Runs
 * after the language switch, so the language it keys on is the one the page will be written in.
 * Static resources are left to Spring's own handling. See docs/feeds-and-caching.md.
 */
@Component
class ConditionalRequests implements HandlerInterceptor, WebMvcConfigurer {

    /** Pages name the language chosen by Accept-Language or remembered in the language cookie. */
    private static final List<String> VARY = List.of(HttpHeaders.ACCEPT_LANGUAGE, HttpHeaders.COOKIE);
    /**
     * Always revalidate: the language remembered in the cookie changes what one URL says, so no copy
     * may be reused unchecked; a revalidation is answered here, cheaply. Public: no answer is personal.
     */
    private static final String CACHE_CONTROL = "public, no-cache";
    /** Longer than any page takes to render on the large corpus under load; then a waiting request renders for itself. */
    private static final long RENDERING_PATIENCE_SECONDS = 15;

    private final CorpusVersionHolder versions;
    private final Cache answers;

    ConditionalRequests(CorpusVersionHolder versions, CacheManager caches) {
        this.versions = versions;
        this.answers = caches.getCache(CacheConfiguration.ANSWERS);
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        // Last, so that the language switch (?lang=) has already happened when the tag names the language.
        registry.addInterceptor(this).order(Ordered.LOWEST_PRECEDENCE);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) throws IOException {
        if (!(handler instanceof HandlerMethod method) || method.getBeanType().isAnnotationPresent(NotCached.class)
                || request.getDispatcherType() != DispatcherType.REQUEST
                || !("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))) {
            return true;
        }
        ValidatorsOnSuccess.ValidatedResponse validated = WebUtils.getNativeResponse(response, ValidatorsOnSuccess.ValidatedResponse.class);
        if (validated == null) {
            // Without the filter nothing could keep validators off an error answer: better none at all.
            return true;
        }
        Optional<ContentVersion> version = versions.current();
        if (version.isEmpty()) {
            return true;
        }
        Validators validators = validatorsFor(request, version.get());
        if (Validators.anyRepresentation(request)) {
            // Whether there is any is known only once the handler has run without a 404: then it is a 304.
            validated.notModifiedIfSuccessful(validators);
            return true;
        }
        if (validators.satisfiedBy(request)) {
            validators.applyTo(response);
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return false;
        }
        if ("GET".equals(request.getMethod())) {
            // A strong tag names the exact bytes, so it is the key: the first request renders them,
            // those that arrive meanwhile wait for that rendering, later ones are sent the copy.
            CompletableFuture<KeptAnswer> rendering = new CompletableFuture<>();
            CompletableFuture<KeptAnswer> kept = answers.retrieve(validators.entityTag(), () -> rendering);
            if (kept == rendering) {
                validated.keepInto(rendering);
            } else {
                KeptAnswer answer = await(kept);
                if (answer != null) {
                    validators.applyTo(response);
                    answer.writeTo(response);
                    return false;
                }
                // Not reusable (an error, too large) or too slow: this request renders for itself.
            }
        }
        validated.validateWith(validators);
        return true;
    }

    /** The answer another request rendered, or null when it kept none or took too long. */
    private static KeptAnswer await(CompletableFuture<KeptAnswer> kept) {
        return kept.copy().completeOnTimeout(null, RENDERING_PATIENCE_SECONDS, TimeUnit.SECONDS)
                .exceptionally(failure -> null).join();
    }

    /** The validators of the representation this request asks for. */
    static Validators validatorsFor(HttpServletRequest request, ContentVersion version) {
        Locale locale = RequestContextUtils.getLocale(request);
        // A mapping that declares what it produces chooses by Accept; any other answers one media type.
        boolean negotiates = request.getAttribute(HandlerMapping.PRODUCIBLE_MEDIA_TYPES_ATTRIBUTE) != null;
        String query = request.getQueryString();
        String representation = String.join("\n", request.getRequestURI() + (query == null ? "" : "?" + query),
                locale.toLanguageTag(), negotiates ? String.valueOf(request.getHeader(HttpHeaders.ACCEPT)) : "");
        List<String> vary = new ArrayList<>(VARY);
        if (negotiates) {
            vary.add(HttpHeaders.ACCEPT);
        }
        return new Validators(version.entityTag(representation), version.lastModified(), CACHE_CONTROL, vary);
    }
}
