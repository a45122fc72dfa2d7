package org.beachhead.web;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * One rendering at a time of an answer that is about to be kept: the requests that ask for it
 * meanwhile wait for that one and are then sent the kept copy. Without this, the first seconds
 * after an import or a start under load rendered the same heavy page once per waiting connection
 * (64 at once in the soak: 14 requests a second and timeouts, where the kept page serves thousands).
 */
final class RenderingOnce {

    /** A rendering that takes longer than this is not waited for: the waiting request renders for itself. */
    private final Duration patience;
    private final Map<Object, CountDownLatch> underway = new ConcurrentHashMap<>();

    RenderingOnce(Duration patience) {
        this.patience = patience;
    }

    /** True when the caller is now the one rendering under the key, and must {@link #finish} it. */
    boolean claim(Object key) {
        return underway.putIfAbsent(key, new CountDownLatch(1)) == null;
    }

    /** Waits, within the patience, for whoever renders under the key; at once if nobody does. */
    void awaitOther(Object key) throws InterruptedException {
        CountDownLatch rendering = underway.get(key);
        if (rendering != null) {
            rendering.await(patience.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /** Ends the caller's rendering, kept or not, and lets those waiting for it go on. */
    void finish(Object key) {
        CountDownLatch rendering = underway.remove(key);
        if (rendering != null) {
            rendering.countDown();
        }
    }
}
