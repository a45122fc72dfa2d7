package org.beachhead.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Everything a dynamic answer depends on besides the request: the corpus (its content hash), the
 * running code (when it started) and the day (citations name the day they were accessed on).
 * From it and a description of one representation come that representation's validators.
 */
public record ContentVersion(String corpusHash, Instant importedAt, Instant codeStartedAt, LocalDate today) {

    /** 128 bits of SHA-256: collisions are out of reach and the header stays short. */
    private static final int TAG_BYTES = 16;

    /**
     * A strong entity tag (quoted, no {@code W/}): the same bytes for the same inputs, a different
     * tag when the corpus, the code, the day or the representation differs.
     */
    public String entityTag(String representation) {
        String input = String.join("\n", corpusHash, codeStartedAt.toString(), today.toString(), representation);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(input.getBytes(StandardCharsets.UTF_8));
            return '"' + Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, TAG_BYTES)) + '"';
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** The latest of the import, the code's start and the start of the day, to the second (HTTP dates have no finer). */
    public Instant lastModified() {
        return Stream.of(importedAt, codeStartedAt, today.atStartOfDay().toInstant(ZoneOffset.UTC))
                .max(Comparator.naturalOrder()).orElseThrow().truncatedTo(ChronoUnit.SECONDS);
    }
}
