package org.beachhead.web;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class ContentVersionTest {

    private static final Instant IMPORTED = Instant.parse("2026-11-20T10:00:00.123456Z");
    private static final Instant STARTED = Instant.parse("2026-11-20T09:59:58Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
    private static final ContentVersion VERSION = new ContentVersion("abc123", IMPORTED, STARTED, TODAY);

    @Test
    void theTagIsStrongQuotedAndTheSameForTheSameInputs() {
        String tag = VERSION.entityTag("/timeline\nen\n");

        assertThat(tag).matches("\"[A-Za-z0-9_-]{22}\"").doesNotStartWith("W/");
        assertThat(new ContentVersion("abc123", IMPORTED, STARTED, TODAY).entityTag("/timeline\nen\n")).isEqualTo(tag);
    }

    @Test
    void anotherCorpusChangesEveryTag() {
        ContentVersion reimported = new ContentVersion("abc124", IMPORTED, STARTED, TODAY);

        assertThat(reimported.entityTag("/timeline\nen\n")).isNotEqualTo(VERSION.entityTag("/timeline\nen\n"));
        assertThat(reimported.entityTag("/feed.atom\nen\n")).isNotEqualTo(VERSION.entityTag("/feed.atom\nen\n"));
    }

    @Test
    void anotherRepresentationRestartOrDayChangesTheTag() {
        String tag = VERSION.entityTag("/timeline\nen\n");

        assertThat(VERSION.entityTag("/timeline?partner=wasu\nen\n")).isNotEqualTo(tag);
        assertThat(VERSION.entityTag("/timeline\nzh-CN\n")).isNotEqualTo(tag);
        assertThat(new ContentVersion("abc123", IMPORTED, STARTED.plusSeconds(60), TODAY).entityTag("/timeline\nen\n")).isNotEqualTo(tag);
        assertThat(new ContentVersion("abc123", IMPORTED, STARTED, TODAY.plusDays(1)).entityTag("/timeline\nen\n")).isNotEqualTo(tag);
    }

    @Test
    void lastModifiedIsTheLatestOfImportStartAndDayToTheSecond() {
        assertThat(VERSION.lastModified()).isEqualTo(Instant.parse("2026-11-20T10:00:00Z"));
        assertThat(new ContentVersion("abc123", IMPORTED, STARTED, LocalDate.of(2026, 11, 21)).lastModified())
                .isEqualTo(Instant.parse("2026-11-21T00:00:00Z"));
        assertThat(new ContentVersion("abc123", IMPORTED, Instant.parse("2026-11-20T11:30:00.9Z"), TODAY).lastModified())
                .isEqualTo(Instant.parse("2026-11-20T11:30:00Z"));
    }
}
