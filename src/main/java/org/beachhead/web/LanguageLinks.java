package org.beachhead.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

import java.util.Map;

/** Gives every page links to itself in each language, keeping its filters (the URL is the state). */
@ControllerAdvice
class LanguageLinks {

    @ModelAttribute("languageLinks")
    Map<String, String> languageLinks(HttpServletRequest request) {
        return of(request);
    }

    /** For pages no controller method answers, such as the error pages (advice model attributes skip them). */
    static Map<String, String> of(HttpServletRequest request) {
        return Map.of("en", withLanguage(request, "en"), "zh-CN", withLanguage(request, "zh-CN"));
    }

    /** Path and query only: nothing from the Host header reaches a page. */
    private static String withLanguage(HttpServletRequest request, String language) {
        return UriComponentsBuilder.fromPath(request.getRequestURI()).query(request.getQueryString())
                .replaceQueryParam("lang", language).build().toUriString();
    }
}
