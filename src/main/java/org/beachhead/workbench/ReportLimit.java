package org.beachhead.workbench;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.github.benmanes.caffeine.cache.Ticker;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import java.util.OptionalLong;

/**
 * How many reports a client address may send: a fixed window that opens with its first report and closes
 * {@code reportWindow} later. Caffeine bounds the memory ({@value #KEPT} addresses, the least used forgotten first)
 * and drops a window when it closes.
 */
@Component
class ReportLimit {

    private static final int KEPT = 10_000;

    private record Window(long openedNanos, int reports) {
    }

    private final Cache<String, Window> windows;
    private final Ticker ticker;
    private final WorkbenchProperties limits;

    @Autowired
    ReportLimit(WorkbenchProperties limits) {
        this(limits, Ticker.systemTicker());
    }

    ReportLimit(WorkbenchProperties limits, Ticker ticker) {
        this.limits = limits;
        this.ticker = ticker;
        this.windows = Caffeine.newBuilder().expireAfter(Expiry.creating((String address, Window window) -> limits.reportWindow()))
                .maximumSize(KEPT).ticker(ticker).build();
    }

    /** Counts a report from {@code address}: empty when it may be sent, else the seconds until it may. */
    OptionalLong take(String address) {
        long now = ticker.read();
        int limit = limits.reportsPerAddress();
        Window window = windows.asMap().compute(address, (key, open) -> open == null ? new Window(now, 1)
                : new Window(open.openedNanos(), Math.min(open.reports() + 1, limit + 1)));
        if (window.reports() <= limit) {
            return OptionalLong.empty();
        }
        long leftNanos = limits.reportWindow().toNanos() - (now - window.openedNanos());
        return OptionalLong.of(Math.max(1, (leftNanos + 999_999_999) / 1_000_000_000));
    }

    void forget() {
        windows.invalidateAll();
    }
}
