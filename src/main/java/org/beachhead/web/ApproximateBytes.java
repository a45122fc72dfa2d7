package org.beachhead.web;

import java.lang.reflect.RecordComponent;
import java.time.temporal.Temporal;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * An estimate of the heap a cached key and value take, for caches bounded in bytes whose values
 * are view models (records of lists, strings, numbers and enums). Within a factor of two of what a
 * heap histogram says, which is all a bound needs; computed once, when an entry is kept.
 */
final class ApproximateBytes {

    private static final int REFERENCE = 8;
    private static final int OBJECT = 16;
    private static final int UNKNOWN = 64;
    /** View models are shallow; anything deeper is counted as an unknown object. */
    private static final int MAX_DEPTH = 16;

    private ApproximateBytes() {
    }

    /** A Caffeine weigher: the key and the value together. */
    static int weight(Object key, Object value) {
        return (int) Math.min(Integer.MAX_VALUE, of(key) + of(value));
    }

    static long of(Object value) {
        return of(value, 0);
    }

    private static long of(Object value, int depth) {
        if (value == null || value instanceof Enum<?>) {
            return 0; // enum constants are shared, not held by the entry
        }
        if (depth > MAX_DEPTH) {
            return UNKNOWN;
        }
        if (value instanceof CharSequence text) {
            return 2 * OBJECT + 2L * text.length();
        }
        if (value instanceof byte[] bytes) {
            return OBJECT + bytes.length;
        }
        if (value instanceof Number || value instanceof Boolean || value instanceof Character || value instanceof Temporal) {
            return OBJECT + REFERENCE;
        }
        if (value instanceof Optional<?> optional) {
            return OBJECT + of(optional.orElse(null), depth + 1);
        }
        if (value instanceof Collection<?> collection) {
            long bytes = 2 * OBJECT;
            for (Object element : collection) {
                bytes += REFERENCE + of(element, depth + 1);
            }
            return bytes;
        }
        if (value instanceof Map<?, ?> map) {
            long bytes = 3 * OBJECT;
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                bytes += 2 * OBJECT + of(entry.getKey(), depth + 1) + of(entry.getValue(), depth + 1);
            }
            return bytes;
        }
        if (value.getClass().isRecord()) {
            long bytes = OBJECT;
            for (RecordComponent component : value.getClass().getRecordComponents()) {
                bytes += REFERENCE + of(read(component, value), depth + 1);
            }
            return bytes;
        }
        return UNKNOWN;
    }

    /** Records kept in caches are often private to their feature, hence the accessor made accessible. */
    private static Object read(RecordComponent component, Object record) {
        try {
            var accessor = component.getAccessor();
            accessor.setAccessible(true);
            return accessor.invoke(record);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }
}
