package org.beachhead.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.beachhead.common.BadParameterException;
import org.beachhead.common.QueryParameters;
import org.springframework.boot.webmvc.autoconfigure.error.BasicErrorController;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;

/**
 * Turns away, cheaply and quietly, what no page should handle. A query string with broken
 * percent-encoding ({@code %ff}, {@code %}) makes Tomcat's parameter parsing fail wherever a parameter
 * is first read, with a stack trace in the log each time; here it is read first, and the request goes
 * on without parameters to the usual 400 page naming the parameter, counted in
 * {@link RejectedRequests} rather than logged. And the container's error path {@code /error} is not a
 * page: asked for directly, it is an address nothing answers.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class RequestGuard extends OncePerRequestFilter implements HandlerInterceptor, WebMvcConfigurer {

    private static final String MALFORMED = RequestGuard.class.getName() + ".malformed";

    private final RejectedRequests rejected;

    RequestGuard(RejectedRequests rejected) {
        this.rejected = rejected;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            request.getParameterMap();
        } catch (IllegalStateException unreadable) {
            // Tomcat's InvalidParameterException; its cause is already known, so it is counted, not logged.
            rejected.malformedQuery();
            request.setAttribute(MALFORMED, malformedParameter(request.getQueryString()));
            chain.doFilter(new WithoutParameters(request), response);
            return;
        }
        chain.doFilter(request, response);
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).order(Ordered.HIGHEST_PRECEDENCE);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) throws Exception {
        if (request.getDispatcherType() != DispatcherType.REQUEST) {
            return true;
        }
        if (request.getAttribute(MALFORMED) instanceof BadParameterException malformed) {
            throw malformed;
        }
        if (handler instanceof HandlerMethod method && method.getBean() instanceof BasicErrorController) {
            throw new NoResourceFoundException(HttpMethod.valueOf(request.getMethod()), request.getRequestURI(),
                    request.getRequestURI());
        }
        return true;
    }

    /** The first parameter whose name or value is not percent-encoded UTF-8, as a 400 names it. */
    static BadParameterException malformedParameter(String query) {
        for (String pair : (query == null ? "" : query).split("&")) {
            int equals = pair.indexOf('=');
            String name = equals < 0 ? pair : pair.substring(0, equals);
            String value = equals < 0 ? "" : pair.substring(equals + 1);
            String decodedName = decode(name);
            if (decodedName == null || decode(value) == null) {
                return new BadParameterException(decodedName == null ? QueryParameters.abbreviated(name) : decodedName,
                        "error.parameter.encoding", QueryParameters.abbreviated(decodedName == null ? name : value));
            }
        }
        return new BadParameterException("?", "error.parameter.encoding", QueryParameters.abbreviated(query == null ? "" : query));
    }

    /** Strict form decoding: null for a {@code %} without two hex digits, or bytes that are not UTF-8. */
    private static String decode(String encoded) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < encoded.length(); i++) {
            char c = encoded.charAt(i);
            if (c == '%') {
                if (i + 2 >= encoded.length()) {
                    return null;
                }
                int high = Character.digit(encoded.charAt(i + 1), 16);
                int low = Character.digit(encoded.charAt(i + 2), 16);
                if (high < 0 || low < 0) {
                    return null;
                }
                bytes.write(high * 16 + low);
                i += 2;
            } else {
                bytes.writeBytes(String.valueOf(c == '+' ? ' ' : c).getBytes(StandardCharsets.UTF_8));
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** The request as if it had no parameters, so that nothing downstream reads the broken ones again. */
    private static final class WithoutParameters extends HttpServletRequestWrapper {

        WithoutParameters(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getParameter(String name) {
            return null;
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return Map.of();
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.emptyEnumeration();
        }

        @Override
        public String[] getParameterValues(String name) {
            return null;
        }
    }
}
