package org.beachhead.web;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Messages with arguments are formatted on a copy of their format per thread, so that pages rendered at once do not
 * queue on one lock, and every answer is still the message as written.
 */
class MessageFormatsPerThreadTest extends PageTest {

    private static final Locale CHINESE = Locale.forLanguageTag("zh-CN");

    @Autowired
    MessageSource messages;

    @Test
    void theAppsMessagesAreFormattedOnACopyPerThread() throws Exception {
        assertThat(messages).isInstanceOf(MessageConfiguration.FormatsPerThread.class);
        MessageConfiguration.FormatsPerThread perThread = (MessageConfiguration.FormatsPerThread) messages;

        MessageFormat mine = perThread.resolveCode("timeline.count.all", Locale.ENGLISH);
        ExecutorService other = Executors.newSingleThreadExecutor();
        try {
            MessageFormat theirs = other.submit(() -> perThread.resolveCode("timeline.count.all", Locale.ENGLISH)).get();
            assertThat(perThread.resolveCode("timeline.count.all", Locale.ENGLISH)).isSameAs(mine);
            assertThat(theirs).isNotSameAs(mine);
            assertThat(theirs.toPattern()).isEqualTo(mine.toPattern());
        } finally {
            other.shutdown();
        }
    }

    @Test
    void manyThreadsFormattingTheSameMessagesAllGetTheirOwnArguments() throws Exception {
        String english = messages.getMessage("timeline.count.all", new Object[]{1}, Locale.ENGLISH);
        String chinese = messages.getMessage("timeline.count.all", new Object[]{1}, CHINESE);
        assertThat(english).isNotEqualTo(chinese);

        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<Future<List<String>>> wrong = new ArrayList<>();
            for (int thread = 0; thread < 8; thread++) {
                int offset = thread * 10_000;
                Callable<List<String>> formatting = () -> {
                    List<String> mismatches = new ArrayList<>();
                    for (int n = offset; n < offset + 2_000; n++) {
                        Locale locale = n % 2 == 0 ? Locale.ENGLISH : CHINESE;
                        String pattern = ((MessageConfiguration.FormatsPerThread) messages)
                                .resolveCode("timeline.count.all", locale).toPattern();
                        String expected = new MessageFormat(pattern, locale).format(new Object[]{n});
                        String formatted = messages.getMessage("timeline.count.all", new Object[]{n}, locale);
                        if (!formatted.equals(expected)) {
                            mismatches.add(formatted + " ≠ " + expected);
                        }
                    }
                    return mismatches;
                };
                wrong.add(threads.submit(formatting));
            }
            for (Future<List<String>> mismatches : wrong) {
                assertThat(mismatches.get()).isEmpty();
            }
        } finally {
            threads.shutdown();
        }
    }
}
