package org.beachhead.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;

/**
 * Gzip for text answers. Tomcat's own compression skips any answer with a strong entity tag (a tag
 * names exact bytes), which every page has; so pages are compressed here and their tag marked as the
 * gzip representation's ({@code "tag-gzip"}, as Apache's mod_deflate does), and a client that sends
 * that tag back is matched against the plain one. Answers without a tag (static files) stay Tomcat's.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class CompressedAnswers extends OncePerRequestFilter {

    private static final String SUFFIX = "-gzip\"";
    private static final Pattern GZIP_ACCEPTED = Pattern.compile("(?i)(^|,)\\s*(gzip|\\*)\\s*(;\\s*q=(1(\\.0*)?|0?\\.\\d*[1-9]\\d*))?\\s*(,|$)");
    private static final List<String> TEXT = List.of("text/", "application/json", "application/problem+json",
            "application/atom+xml", "application/xml", "image/svg+xml");
    /** Below this, gzip's own header and the extra header lines cost about what they save. */
    private static final int SMALLEST = 1024;

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String accepted = request.getHeader(HttpHeaders.ACCEPT_ENCODING);
        return !"GET".equals(request.getMethod()) || accepted == null || !GZIP_ACCEPTED.matcher(accepted).find();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        GzipWhenTagged compressing = new GzipWhenTagged(response);
        chain.doFilter(new PlainTags(request), compressing);
        String tag = response.getHeader(HttpHeaders.ETAG);
        if (response.getStatus() == HttpServletResponse.SC_NOT_MODIFIED && tag != null && tag.startsWith("\"")) {
            response.setHeader(HttpHeaders.ETAG, gzipTag(tag));
        }
        compressing.finish();
    }

    private static boolean isText(String contentType) {
        return contentType != null && TEXT.stream().anyMatch(contentType::startsWith);
    }

    private static String gzipTag(String tag) {
        return tag.substring(0, tag.length() - 1) + SUFFIX;
    }

    /**
     * Decides at the first byte of the body (the validators are set just before it) whether to
     * compress, and then streams through gzip: a whole-corpus download is never held in memory.
     */
    private static final class GzipWhenTagged extends HttpServletResponseWrapper {

        private Long heldLength;
        private boolean decided;
        private OutputStream body;
        private ServletOutputStream stream;
        private PrintWriter writer;

        GzipWhenTagged(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void setContentLength(int length) {
            setContentLengthLong(length);
        }

        @Override
        public void setContentLengthLong(long length) {
            if (decided && !(body instanceof GZIPOutputStream)) {
                super.setContentLengthLong(length);
            } else if (!decided) {
                heldLength = length;
            }
        }

        // Spring's message converters send Content-Length as a header (a file download does): it names the plain bytes.
        @Override
        public void setHeader(String name, String value) {
            if (HttpHeaders.CONTENT_LENGTH.equalsIgnoreCase(name) && value != null) {
                setContentLengthLong(Long.parseLong(value));
            } else {
                super.setHeader(name, value);
            }
        }

        @Override
        public void addHeader(String name, String value) {
            if (HttpHeaders.CONTENT_LENGTH.equalsIgnoreCase(name) && value != null) {
                setContentLengthLong(Long.parseLong(value));
            } else {
                super.addHeader(name, value);
            }
        }

        @Override
        public ServletOutputStream getOutputStream() {
            if (stream == null) {
                stream = new ServletOutputStream() {
                    @Override
                    public void write(int b) throws IOException {
                        body().write(b);
                    }

                    @Override
                    public void write(byte[] bytes, int offset, int length) throws IOException {
                        body().write(bytes, offset, length);
                    }

                    @Override
                    public void flush() throws IOException {
                        body().flush();
                    }

                    @Override
                    public boolean isReady() {
                        return true;
                    }

                    @Override
                    public void setWriteListener(WriteListener listener) {
                        throw new UnsupportedOperationException("pages are written synchronously");
                    }
                };
            }
            return stream;
        }

        @Override
        public PrintWriter getWriter() {
            if (writer == null) {
                writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), Charset.forName(getCharacterEncoding())));
            }
            return writer;
        }

        @Override
        public void flushBuffer() throws IOException {
            if (writer != null) {
                writer.flush();
            }
            body().flush();
            super.flushBuffer();
        }

        private OutputStream body() throws IOException {
            if (!decided) {
                decided = true;
                String tag = getHeader(HttpHeaders.ETAG);
                if (getStatus() == SC_OK && tag != null && tag.startsWith("\"") && isText(getContentType())
                        && getHeader(HttpHeaders.CONTENT_ENCODING) == null && (heldLength == null || heldLength >= SMALLEST)) {
                    setHeader(HttpHeaders.ETAG, gzipTag(tag));
                    setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
                    addHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
                    body = new GZIPOutputStream(super.getOutputStream(), true);
                } else {
                    if (heldLength != null) {
                        super.setContentLengthLong(heldLength);
                    }
                    body = super.getOutputStream();
                }
            }
            return body;
        }

        void finish() throws IOException {
            if (writer != null) {
                writer.flush();
            }
            if (body instanceof GZIPOutputStream gzip) {
                gzip.finish();
            } else if (!decided && heldLength != null) {
                super.setContentLengthLong(heldLength);
            }
        }
    }

    /** The request as the validators see it: tags of the gzip representation read as the plain one's. */
    private static final class PlainTags extends HttpServletRequestWrapper {

        PlainTags(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getHeader(String name) {
            String value = super.getHeader(name);
            return isConditional(name) && value != null ? value.replace(SUFFIX, "\"") : value;
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            if (!isConditional(name)) {
                return super.getHeaders(name);
            }
            return Collections.enumeration(Collections.list(super.getHeaders(name)).stream()
                    .map(value -> value.replace(SUFFIX, "\"")).toList());
        }

        private static boolean isConditional(String name) {
            return HttpHeaders.IF_NONE_MATCH.equalsIgnoreCase(name) || HttpHeaders.IF_MATCH.equalsIgnoreCase(name);
        }
    }
}
