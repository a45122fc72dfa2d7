package org.beachhead.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.io.PrintWriter;

/**
 * Holds back the validators {@link ConditionalRequests} chose until the answer's status is
 * known, and drops them unless it is a success: a 404 or a 500 must not carry the tag of the
 * page that was asked for (errors and redirects set their status before any body, so the status
 * decides). They are set just before the first byte of the body (the last moment headers can
 * change) or at the end for an answer without a body.
 */
@Component
class ValidatorsOnSuccess extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ValidatedResponse validated = new ValidatedResponse(response);
        chain.doFilter(request, validated);
        validated.applyIfSuccessful();
    }

    static final class ValidatedResponse extends HttpServletResponseWrapper {

        private Validators pending;

        ValidatedResponse(HttpServletResponse response) {
            super(response);
        }

        void validateWith(Validators validators) {
            pending = validators;
        }

        void applyIfSuccessful() {
            if (pending != null && !isCommitted() && getStatus() >= 200 && getStatus() < 300) {
                pending.applyTo((HttpServletResponse) getResponse());
            }
            pending = null;
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            applyIfSuccessful();
            return super.getOutputStream();
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            applyIfSuccessful();
            return super.getWriter();
        }

        @Override
        public void flushBuffer() throws IOException {
            applyIfSuccessful();
            super.flushBuffer();
        }
    }
}
