package org.beachhead.corpus;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Values computed from the loaded corpus alone (facet counts, partner lists), kept until the next
 * import: the data changes only then, so computing them again for every request is wasted work.
 * Keys must name everything a value depends on besides the corpus (the filter, the page).
 */
@Component
public class PerImportCache {

    /** Distinct keys come from query strings, so the number kept is bounded; past it, start afresh. */
    private static final int MAX_ENTRIES = 10_000;

    private final Map<Object, Object> values = new ConcurrentHashMap<>();

    @SuppressWarnings("unchecked")
    public <T> T get(Object key, Supplier<T> compute) {
        Object known = values.get(key);
        if (known != null) {
            return (T) known;
        }
        T value = compute.get();
        if (values.size() >= MAX_ENTRIES) {
            values.clear();
        }
        values.put(key, value);
        return value;
    }

    @EventListener
    void corpusImported(ImportOutcome outcome) {
        clear();
    }

    /** Forgets every value, so the next requests compute them from the database again. */
    public void clear() {
        values.clear();
    }
}
