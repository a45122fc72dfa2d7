package org.beachhead.corpus;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Values computed from the loaded corpus alone (facet counts, whole rendered pages), kept until the
 * next import: the data changes only then, so computing them again for every request is wasted
 * work. Keys must name everything a value depends on besides the corpus (the filter, the page, the
 * language).
 */
@Component
public class PerImportCache {

    /** Distinct keys come from query strings, so the number kept is bounded; past it, start afresh. */
    private static final int MAX_ENTRIES = 10_000;
    /** What values given with their size may take together: a tenth of the 256 MiB heap the app is sized for. */
    private static final long MAX_BYTES = 24L * 1024 * 1024;

    private final Map<Object, Object> values = new ConcurrentHashMap<>();
    private final AtomicLong bytes = new AtomicLong();

    @SuppressWarnings("unchecked")
    public <T> T get(Object key, Supplier<T> compute) {
        Object known = values.get(key);
        if (known != null) {
            return (T) known;
        }
        T value = compute.get();
        put(key, value, 0);
        return value;
    }

    /** The value kept under the key, if any. */
    @SuppressWarnings("unchecked")
    public <T> Optional<T> find(Object key) {
        return Optional.ofNullable((T) values.get(key));
    }

    /** Keeps a value of the given size in bytes, unless it alone would take more than half the budget. */
    public void put(Object key, Object value, long size) {
        if (size > MAX_BYTES / 2) {
            return;
        }
        if (values.size() >= MAX_ENTRIES || bytes.addAndGet(size) > MAX_BYTES) {
            clear();
            bytes.addAndGet(size);
        }
        values.put(key, value);
    }

    @EventListener
    void corpusImported(ImportOutcome outcome) {
        clear();
    }

    /** Forgets every value, so the next requests compute them from the database again. */
    public void clear() {
        values.clear();
        bytes.set(0);
    }
}
