package org.beachhead.web;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;

/** What {@link ValidatorsOnSuccess} keeps of an answer it copied on its way to the client. */
class KeptAnswerCopyTest {

    private static final String PAGE = "<p>" + "an event, its excerpt and its source. ".repeat(2_000) + "</p>";

    private final CompletableFuture<KeptAnswer> kept = new CompletableFuture<>();

    @Test
    void aPageWrittenWholeIsKeptWhole() throws IOException {
        MockHttpServletResponse client = new MockHttpServletResponse();

        render(new ValidatorsOnSuccess.ValidatedResponse(client));

        assertThat(client.getContentAsString()).isEqualTo(PAGE);
        assertThat(kept).isCompletedWithValueMatching(answer -> new String(answer.body()).equals(PAGE));
    }

    @Test
    void aPageWhoseClientWentAwayMidAnswerIsNotKept() throws IOException {
        render(new ValidatorsOnSuccess.ValidatedResponse(new ClientClosingAfter(16_384)));

        assertThat(kept).isCompletedWithValue(null);
    }

    @Test
    void aBodyAnnouncedAsLargerThanWhatIsKeptIsNotCopied() throws IOException {
        ValidatorsOnSuccess.ValidatedResponse response = new ValidatorsOnSuccess.ValidatedResponse(new MockHttpServletResponse());
        response.setContentType("application/json");
        response.keepInto(kept);
        response.setContentLengthLong(64L * 1024 * 1024);

        response.getOutputStream().write(PAGE.getBytes(StandardCharsets.UTF_8));
        response.keepIfReusable();
        response.done();

        assertThat(kept).isCompletedWithValue(null);
    }

    /** As Thymeleaf does: through the response's writer, which swallows the client's write failures. */
    private void render(ValidatorsOnSuccess.ValidatedResponse response) throws IOException {
        response.setContentType("text/html;charset=UTF-8");
        response.keepInto(kept);
        PrintWriter writer = response.getWriter();
        writer.write(PAGE);
        writer.flush();
        response.keepIfReusable();
        response.done();
    }

    /** A client that reads so many bytes and then closes the connection. */
    private static final class ClientClosingAfter extends MockHttpServletResponse {

        private final int bytes;
        private int written;

        ClientClosingAfter(int bytes) {
            this.bytes = bytes;
        }

        @Override
        public ServletOutputStream getOutputStream() {
            return new ServletOutputStream() {
                @Override
                public void write(int b) throws IOException {
                    if (++written > bytes) {
                        throw new IOException("Broken pipe");
                    }
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setWriteListener(WriteListener listener) {
                }
            };
        }
    }
}
