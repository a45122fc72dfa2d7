package org.beachhead.workbench;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.security.SecurityScheme;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.models.GroupedOpenApi;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.WebSecurityCustomizer;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.firewall.FirewalledRequest;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.StrictHttpFirewall;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import static org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.pathPattern;

/**
 * Who may do what. Three filter chains, each matching only its own routes: the curation API (HTTP Basic), the
 * workbench and its sign-in (form login, a session), and the readers' report form (a CSRF token in a cookie, no
 * session). Every other request (every public page, API answer, feed and download) matches none and passes through
 * untouched: no header of Spring Security's, no session, and main's own answers to odd addresses.
 */
@Configuration
@ConditionalOnWebApplication
class SecurityConfiguration {

    static final String API_SCHEME = "editor";

    private static final List<String> SECURED_PREFIXES = List.of("/curation", "/login", "/logout", "/api/v1/curation");
    private static final RequestMatcher API = gated(pathPattern("/api/v1/curation/**"));
    private static final RequestMatcher WORKBENCH = gated(new OrRequestMatcher(pathPattern("/login"), pathPattern("/logout"),
            pathPattern("/curation"), pathPattern("/curation/**")));
    private static final RequestMatcher REPORT_FORM = gated(new OrRequestMatcher(pathPattern("/events/{slug}/report"),
            pathPattern("/events/{slug}/report/**")));
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /**
     * The API authenticates each request with HTTP Basic and never reads the session, so a browser's cookies cannot
     * act through it; and it never challenges a browser to send Basic credentials (no {@code WWW-Authenticate:
     * Basic}), so none remembers and sends them on its own. That is why it needs no CSRF token.
     */
    @Bean
    @Order(1)
    SecurityFilterChain curationApiChain(HttpSecurity http) throws Exception {
        AuthenticationEntryPoint refused = SecurityConfiguration::apiRefused;
        return http.securityMatcher(API)
                .authorizeHttpRequests(requests -> requests.anyRequest().hasRole("EDITOR"))
                .httpBasic(basic -> basic.authenticationEntryPoint(refused))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(refused))
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .headers(SecurityConfiguration::noStoreOnly)
                .requestCache(cache -> cache.disable())
                .anonymous(anonymous -> anonymous.disable())
                .build();
    }

    /** The workbench: form login with a session whose id changes at sign-in, a CSRF token kept in it. */
    @Bean
    @Order(2)
    SecurityFilterChain workbenchChain(HttpSecurity http) throws Exception {
        ExceptionMappingAuthenticationFailureHandler failures = new ExceptionMappingAuthenticationFailureHandler();
        failures.setDefaultFailureUrl("/login?error");
        failures.setExceptionMappings(Map.of(SignInThrottled.class.getName(), "/login?throttled"));
        // Back to the page asked for after signing in, at its own address (without Spring's "?continue").
        HttpSessionRequestCache askedFor = new HttpSessionRequestCache();
        askedFor.setMatchingRequestParameterName(null);
        return http.securityMatcher(WORKBENCH)
                .requestCache(cache -> cache.requestCache(askedFor))
                .authorizeHttpRequests(requests -> requests.requestMatchers(pathPattern("/login")).permitAll()
                        .anyRequest().hasRole("EDITOR"))
                .formLogin(login -> login.loginPage("/login").defaultSuccessUrl("/curation").failureHandler(failures))
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?signed-out"))
                .sessionManagement(sessions -> sessions.sessionFixation(fixation -> fixation.changeSessionId()))
                .headers(SecurityConfiguration::noStoreOnly)
                .build();
    }

    /**
     * The readers' report form. Its CSRF token lives in a cookie (HttpOnly, SameSite Strict, for /events only)
     * rather than a session: a reader gets no session, the server keeps nothing per reader who opens the form,
     * and any instance behind a load balancer can check the token.
     */
    @Bean
    @Order(3)
    SecurityFilterChain reportFormChain(HttpSecurity http) throws Exception {
        CookieCsrfTokenRepository tokens = new CookieCsrfTokenRepository();
        tokens.setCookiePath("/events");
        tokens.setCookieCustomizer(cookie -> cookie.sameSite("Strict"));
        return http.securityMatcher(REPORT_FORM)
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .csrf(csrf -> csrf.csrfTokenRepository(tokens))
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .headers(SecurityConfiguration::noStoreOnly)
                .requestCache(cache -> cache.disable())
                .logout(logout -> logout.disable())
                .anonymous(Customizer.withDefaults())
                .build();
    }

    /** The app's own headers (web.SecurityHeaders) are on every answer; Spring Security adds only no-store here. */
    private static void noStoreOnly(HeadersConfigurer<HttpSecurity> headers) {
        headers.defaultsDisabled().cacheControl(Customizer.withDefaults());
    }

    /** Spring Security's strict firewall for its own routes only; every other request keeps main's answers. */
    @Bean
    WebSecurityCustomizer firewallOnSecuredRoutesOnly() {
        HttpFirewall scoped = new ScopedFirewall(new OrRequestMatcher(API, WORKBENCH, REPORT_FORM));
        return web -> web.httpFirewall(scoped);
    }

    /**
     * The matcher, asked only when the request may be for a secured route: readers' requests, nearly all of them,
     * then cost a few string comparisons instead of parsing their path for seven patterns, twice. Only a plain path
     * (no percent-escape, matrix parameter, dot segment or doubled slash, so the raw URI is the path the patterns
     * and Spring MVC see) that starts with none of the secured prefixes is passed over.
     */
    static RequestMatcher gated(RequestMatcher matcher) {
        return request -> maybeSecured(request) && matcher.matches(request);
    }

    static boolean maybeSecured(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.indexOf('%') >= 0 || path.indexOf(';') >= 0 || path.contains("//") || path.contains("/.")) {
            return true;
        }
        for (String prefix : SECURED_PREFIXES) {
            if (path.startsWith(prefix)) {
                return true;
            }
        }
        return path.startsWith("/events/") && path.contains("/report");
    }

    /** 401 (no or wrong credentials) or 429 (locked out) as a problem detail, with no Basic challenge. */
    private static void apiRefused(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        HttpStatus status = e instanceof SignInThrottled ? HttpStatus.TOO_MANY_REQUESTS : HttpStatus.UNAUTHORIZED;
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, e instanceof SignInThrottled throttled
                ? throttled.getMessage() : "Editors only: send an editor's name and password with HTTP Basic");
        if (e instanceof SignInThrottled throttled) {
            response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(throttled.lockout().toSeconds()));
        }
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getOutputStream().write(JSON.writeValueAsBytes(problem));
    }

    /**
     * The curation API's own OpenAPI document, /v3/api-docs/curation, with its security scheme. springdoc's global
     * {@code paths-to-match} wins over a group's, so the group picks its operations by controller.
     */
    @Bean
    GroupedOpenApi curationApiDocument() {
        return GroupedOpenApi.builder().group("curation")
                .addOpenApiMethodFilter(method -> method.getDeclaringClass() == CurationApi.class)
                .addOpenApiCustomizer(document -> document.components((document.getComponents() == null ? new Components()
                        : document.getComponents()).addSecuritySchemes(API_SCHEME, new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("basic")
                        .description("An editor's name and password (docs/operations.md); refused sign-ins are throttled"))))
                .build();
    }

    /** The public document (/v3/api-docs, readers' API only) stays as it was: without the editors' operations. */
    @Bean
    OpenApiCustomizer publicDocumentWithoutCuration() {
        return document -> {
            document.getPaths().keySet().removeIf(path -> path.startsWith(CurationApi.PREFIX));
            if (document.getComponents() != null && document.getComponents().getSchemas() != null) {
                document.getComponents().getSchemas().keySet().removeAll(CurationApi.SCHEMAS);
            }
        };
    }

    /** Passes a request through as it is unless it is for one of the secured routes, which get the strict firewall. */
    private static final class ScopedFirewall implements HttpFirewall {

        private final StrictHttpFirewall strict = new StrictHttpFirewall();
        private final RequestMatcher secured;

        ScopedFirewall(RequestMatcher secured) {
            this.secured = secured;
        }

        @Override
        public FirewalledRequest getFirewalledRequest(HttpServletRequest request) {
            return secured.matches(request) ? strict.getFirewalledRequest(request) : new Untouched(request);
        }

        @Override
        public HttpServletResponse getFirewalledResponse(HttpServletResponse response) {
            return response;
        }
    }

    private static final class Untouched extends FirewalledRequest {

        Untouched(HttpServletRequest request) {
            super(request);
        }

        @Override
        public void reset() {
        }
    }
}
