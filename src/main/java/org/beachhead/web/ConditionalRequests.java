package org.beachhead.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.beachhead.corpus.PerImportCache;
import org.springframework.http.HttpHeaders;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.util.WebUtils;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Validators for every GET or HEAD a controller answers, and a 304 before any rendering when the
 * client already has the representation: the tag needs no query, only the request and the
 * {@link ContentVersion} in memory. Runs after the language switch, so the language it keys on
 * is the one the page will be written in. Static resources are left to Spring's own handling.
 */
class ConditionalRequests implements HandlerInterceptor {

    /** Pages name the language chosen by Accept-Language or remembered in the session (a cookie). */
    private static final List<String> VARY = List.of(HttpHeaders.ACCEPT_LANGUAGE, HttpHeaders.COOKIE);

    private final CorpusVersionHolder versions;
    private final PerImportCache kept;
    private final RenderingOnce rendering;

    ConditionalRequests(CorpusVersionHolder versions, PerImportCache kept, RenderingOnce rendering) {
        this.versions = versions;
        this.kept = kept;
        this.rendering = rendering;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) throws IOException {
        if (!(handler instanceof HandlerMethod) || request.getDispatcherType() != DispatcherType.REQUEST
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
        if (validators.satisfiedBy(request)) {
            validators.applyTo(response);
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return false;
        }
        if ("GET".equals(request.getMethod())) {
            // A strong tag names the exact bytes: an answer already rendered under it is sent again as it was.
            List<String> key = List.of("answer", validators.entityTag());
            Optional<KeptAnswer> answer = kept.find(key);
            boolean rendersIt = answer.isEmpty() && rendering.claim(key);
            if (answer.isEmpty() && !rendersIt) {
                awaitOtherRendering(key);
                answer = kept.find(key);
            }
            if (answer.isPresent()) {
                validators.applyTo(response);
                answer.get().writeTo(response);
                return false;
            }
            validated.keepUnder(key);
            if (rendersIt) {
                validated.whenDone(() -> rendering.finish(key));
            }
        }
        validated.validateWith(validators);
        return true;
    }

    /** A request interrupted while it waits renders for itself, as if nobody had been rendering. */
    private void awaitOtherRendering(List<String> key) {
        try {
            rendering.awaitOther(key);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
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
        return new Validators(version.entityTag(representation), version.lastModified(), cacheControl(request), vary);
    }

    /**
     * Always revalidate ({@code no-cache}): the language remembered in the session can change
     * what one URL says under an unchanged cookie, so no copy may be reused unchecked; a
     * revalidation is cheap, as it is answered here. An answer that starts a session sets a
     * cookie, which no shared cache may hand to anyone else, hence {@code private}.
     */
    private static String cacheControl(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return (session != null && session.isNew() ? "private" : "public") + ", no-cache";
    }
}
