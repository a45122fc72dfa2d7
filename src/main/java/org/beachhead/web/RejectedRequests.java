package org.beachhead.web;

import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts what is refused without a log line each: requests with broken percent-encoding, and those
 * answered 503 because the database could not be reached. Shown at {@code /actuator/info} (the app
 * has no metrics endpoint: docs/operations.md), since a flood must be visible without filling the log.
 */
@Component
public class RejectedRequests implements InfoContributor {

    /** At most one log line this often while the database stays away; the count says how many were refused. */
    private static final long LOG_EVERY_NANOS = 10_000_000_000L;

    private final AtomicLong malformedQueries = new AtomicLong();
    private final AtomicLong databaseUnavailable = new AtomicLong();
    private final AtomicLong lastLogged = new AtomicLong(System.nanoTime() - LOG_EVERY_NANOS);

    void malformedQuery() {
        malformedQueries.incrementAndGet();
    }

    /** Counts one; true when it is time for a log line again. */
    boolean databaseUnavailable() {
        databaseUnavailable.incrementAndGet();
        long last = lastLogged.get();
        long now = System.nanoTime();
        return now - last >= LOG_EVERY_NANOS && lastLogged.compareAndSet(last, now);
    }

    long databaseUnavailableCount() {
        return databaseUnavailable.get();
    }

    @Override
    public void contribute(Info.Builder builder) {
        builder.withDetail("rejectedRequests", Map.of("malformedQuery", malformedQueries.get(),
                "databaseUnavailable", databaseUnavailable.get()));
    }
}
