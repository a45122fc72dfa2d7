package org.beachhead.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.Locale;

/**
 * Security headers on every response. The app serves its own CSS and no inline script or style,
 * so the policy allows only this origin; nothing may frame the pages. Requests that Tomcat refuses
 * before any filter runs (an encoded slash, a bad Content-Length) get them from its error report,
 * replaced here. A request that came over HTTPS (directly, or through a proxy trusted by
 * {@code server.tomcat.remoteip.internal-proxies}) has its cookies marked Secure.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class SecurityHeaders extends OncePerRequestFilter {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        applyTo(response);
        chain.doFilter(request, request.isSecure() ? new SecureCookies(response) : response);
    }

    static void applyTo(HttpServletResponse response) {
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        response.setHeader("X-Frame-Options", "DENY");
    }

    /**
     * Every cookie set on an answer to an HTTPS request is sent back over HTTPS only. The language cookie
     * is the one the app sets, as a header (CookieLocaleResolver); Tomcat marks its session cookie itself.
     */
    private static final class SecureCookies extends HttpServletResponseWrapper {

        SecureCookies(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void addHeader(String name, String value) {
            boolean cookie = HttpHeaders.SET_COOKIE.equalsIgnoreCase(name) && value != null;
            super.addHeader(name, cookie && !value.toLowerCase(Locale.ROOT).contains("; secure") ? value + "; Secure" : value);
        }
    }

    /** Tomcat's error report, with the headers and without the server's name; runs after Spring Boot's own setting-up. */
    @Component
    @Order(Ordered.LOWEST_PRECEDENCE)
    static class ContainerErrors implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

        @Override
        public void customize(TomcatServletWebServerFactory factory) {
            factory.addContextCustomizers(context -> {
                StandardHost host = (StandardHost) context.getParent();
                for (Valve valve : host.getPipeline().getValves()) {
                    if (valve instanceof ErrorReportValve) {
                        host.getPipeline().removeValve(valve);
                    }
                }
                // Named as the host's error report too, or the host would add a plain one of its own on start.
                host.setErrorReportValveClass(HeadedErrorReport.class.getName());
                host.getPipeline().addValve(new HeadedErrorReport());
            });
        }
    }

    public static final class HeadedErrorReport extends ErrorReportValve {

        public HeadedErrorReport() {
            setShowReport(false);
            setShowServerInfo(false);
        }

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            if (!response.isCommitted()) {
                applyTo(response);
            }
            super.report(request, response, throwable);
        }
    }
}
