package org.beachhead.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.SimpleLocaleContext;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

import java.util.List;
import java.util.Locale;

/**
 * The interface speaks English and Simplified Chinese. A visitor's browser (Accept-Language)
 * chooses first; {@code ?lang=zh-CN} or {@code ?lang=en} switches, and the choice is remembered
 * for the visit in a cookie, not a server session, so that every answer can be kept and shared
 * (the language is part of its key and tag). Quotes always stay in the language of their source.
 */
@Configuration
class Languages implements WebMvcConfigurer {

    static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE);
    /** The cookie that remembers a visitor's choice: {@code lang=zh-CN}, until the browser closes. */
    static final String COOKIE = "lang";

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver(COOKIE) {
            @Override
            public void setLocaleContext(HttpServletRequest request, HttpServletResponse response, LocaleContext context) {
                Locale locale = context == null ? null : context.getLocale();
                super.setLocaleContext(request, response, locale == null ? null : new SimpleLocaleContext(closestSupported(locale)));
            }

            /** A cookie can say anything; it is read as one of the two languages. */
            @Override
            protected Locale parseLocaleValue(String value) {
                return closestSupported(super.parseLocaleValue(value));
            }
        };
        resolver.setCookiePath("/");
        resolver.setCookieHttpOnly(true);
        resolver.setCookieSameSite("Lax");
        // An unreadable cookie is ignored, as if absent, rather than failing the request.
        resolver.setRejectInvalidCookies(false);
        resolver.setDefaultLocaleFunction(request -> closestSupported(request.getLocale()));
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor change = new LocaleChangeInterceptor();
        change.setParamName("lang");
        change.setIgnoreInvalidLocale(true);
        registry.addInterceptor(change);
    }

    /** Any Chinese is served as Simplified Chinese; anything else as English. */
    static Locale closestSupported(Locale requested) {
        return requested != null && "zh".equals(requested.getLanguage()) ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
    }
}
