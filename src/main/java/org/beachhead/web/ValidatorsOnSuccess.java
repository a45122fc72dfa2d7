package org.beachhead.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.util.FastByteArrayOutputStream;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.util.concurrent.CompletableFuture;

/**
 * Holds back the validators {@link ConditionalRequests} chose until the answer's status is
 * known, and drops them unless it is a success: a 404 or a 500 must not carry the tag of the
 * page that was asked for (errors and redirects set their status before any body, so the status
 * decides). They are set just before the first byte of the body (the last moment headers can
 * change) or at the end for an answer without a body. It also copies the body of an answer that
 * {@link ConditionalRequests} wants kept, and completes the rendering others may be waiting for.
 */
@Component
class ValidatorsOnSuccess extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ValidatedResponse validated = new ValidatedResponse(response);
        try {
            chain.doFilter(request, validated);
            validated.applyIfSuccessful();
            validated.keepIfReusable();
        } finally {
            validated.done();
        }
    }

    static final class ValidatedResponse extends HttpServletResponseWrapper {

        /** Larger answers (whole-corpus downloads) are streamed and never kept. */
        private static final int MAX_KEPT = 4 * 1024 * 1024;

        private Validators pending;
        /** {@code If-None-Match: *}: a success becomes a 304 without its body. */
        private boolean notModifiedIfSuccessful;
        private boolean discardBody;
        private CompletableFuture<KeptAnswer> rendering;
        /**
         * In blocks rather than one array doubled as it fills: a page of a few hundred kilobytes doubled into one array
         * ends in an array of half a heap region or more, which G1 allocates outside the young generation.
         */
        private FastByteArrayOutputStream copy;
        private ServletOutputStream teeStream;
        private PrintWriter teeWriter;

        ValidatedResponse(HttpServletResponse response) {
            super(response);
        }

        void validateWith(Validators validators) {
            pending = validators;
        }

        void notModifiedIfSuccessful(Validators validators) {
            pending = validators;
            notModifiedIfSuccessful = true;
        }

        /** Ends the rendering, kept or not, even when it failed: whoever waits for it goes on. */
        void done() {
            if (rendering != null) {
                rendering.complete(null);
            }
        }

        /** Asks for a copy of the body, to complete the rendering with if the answer turns out reusable. */
        void keepInto(CompletableFuture<KeptAnswer> rendering) {
            this.rendering = rendering;
            copy = new FastByteArrayOutputStream();
        }

        /**
         * Keeps a successful answer that was copied whole and sets no cookie but the language one
         * (the same for everyone who asks for this URL in this language, and set again on each answer).
         */
        void keepIfReusable() {
            if (rendering == null || getStatus() != SC_OK || getContentType() == null || setsOtherCookies()) {
                return;
            }
            if (teeWriter != null) {
                teeWriter.flush();
            }
            if (copy == null) {
                return; // the body outgrew what is kept while the writer was flushed
            }
            rendering.complete(new KeptAnswer(getContentType(), getHeader(HttpHeaders.CONTENT_LANGUAGE),
                    getHeader(HttpHeaders.CONTENT_DISPOSITION), copy.toByteArrayUnsafe()));
        }

        private boolean setsOtherCookies() {
            return !getHeaders(HttpHeaders.SET_COOKIE).stream().allMatch(cookie -> cookie.startsWith(Languages.COOKIE + "="));
        }

        void applyIfSuccessful() {
            if (pending != null && !isCommitted() && getStatus() >= 200 && getStatus() < 300) {
                pending.applyTo((HttpServletResponse) getResponse());
                if (notModifiedIfSuccessful) {
                    setStatus(SC_NOT_MODIFIED);
                    discardBody = true;
                }
            }
            pending = null;
        }

        /** A body announced as larger than what is kept (a whole-corpus download) is not copied at all. */
        @Override
        public void setContentLengthLong(long length) {
            if (length > MAX_KEPT) {
                copy = null;
            }
            super.setContentLengthLong(length);
        }

        @Override
        public void setContentLength(int length) {
            setContentLengthLong(length);
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            applyIfSuccessful();
            if (discardBody) {
                return new Discard();
            }
            if (rendering == null) {
                return super.getOutputStream();
            }
            if (teeStream == null) {
                teeStream = new Tee(super.getOutputStream());
            }
            return teeStream;
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            applyIfSuccessful();
            if (discardBody) {
                return new PrintWriter(new Discard());
            }
            if (rendering == null) {
                return super.getWriter();
            }
            if (teeWriter == null) {
                // Buffered: a template writes thousands of short strings, and encoding each on its own costs more than rendering it.
                teeWriter = new PrintWriter(new BufferedWriter(new OutputStreamWriter(getOutputStream(), getCharacterEncoding())));
            }
            return teeWriter;
        }

        /** Writes through to the client and into the copy, until the copy would grow past {@link #MAX_KEPT}. */
        private final class Tee extends ServletOutputStream {

            private final ServletOutputStream client;

            Tee(ServletOutputStream client) {
                this.client = client;
            }

            @Override
            public void write(int b) throws IOException {
                write(new byte[]{(byte) b}, 0, 1);
            }

            /**
             * A client that went away mid-answer (a closed tab, a load tester's last second) makes
             * the write fail; the page writer swallows that failure and renders on, so the copy
             * must be dropped here, or the first part of the page would be kept and served whole.
             */
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                try {
                    client.write(b, off, len);
                } catch (IOException e) {
                    copy = null;
                    throw e;
                }
                copy(b, off, len);
            }

            private void copy(byte[] b, int off, int len) throws IOException {
                if (copy != null && copy.size() + len > MAX_KEPT) {
                    copy = null;
                }
                if (copy != null) {
                    copy.write(b, off, len);
                }
            }

            @Override
            public void flush() throws IOException {
                try {
                    client.flush();
                } catch (IOException e) {
                    copy = null;
                    throw e;
                }
            }

            @Override
            public boolean isReady() {
                return client.isReady();
            }

            @Override
            public void setWriteListener(WriteListener listener) {
                client.setWriteListener(listener);
            }
        }

        /** The body of an answer turned into a 304. */
        private static final class Discard extends ServletOutputStream {

            @Override
            public void write(int b) {
                // a 304 has no body
            }

            @Override
            public void write(byte[] b, int off, int len) {
                // a 304 has no body
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setWriteListener(WriteListener listener) {
                // writes never block
            }
        }

        @Override
        public void flushBuffer() throws IOException {
            applyIfSuccessful();
            if (teeWriter != null) {
                teeWriter.flush();
            }
            super.flushBuffer();
        }
    }
}
