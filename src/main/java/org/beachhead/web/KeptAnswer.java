package org.beachhead.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;

import java.io.IOException;

/**
 * A successful answer's body and the headers that describe it, kept under its strong entity tag: a
 * strong tag names exactly these bytes, so a later request for the same tag can have them without
 * rendering again. The validators, cookies and the filters' own headers are set afresh each time.
 */
record KeptAnswer(String contentType, String contentLanguage, String contentDisposition, byte[] body) {

    /** What the entry takes on the heap, about: the body and a little for the rest. */
    int bytes() {
        return body.length + 256;
    }

    void writeTo(HttpServletResponse response) throws IOException {
        response.setContentType(contentType);
        if (contentLanguage != null) {
            response.setHeader(HttpHeaders.CONTENT_LANGUAGE, contentLanguage);
        }
        if (contentDisposition != null) {
            response.setHeader(HttpHeaders.CONTENT_DISPOSITION, contentDisposition);
        }
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
