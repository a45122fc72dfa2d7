package org.beachhead.common;

import jakarta.persistence.TypedQuery;

import java.util.List;

/** A stretch of a long list, and how many items the whole list holds. */
public record Slice<T>(List<T> items, long total) {

    /** Reads the items of a window, {@code size} of them from position {@code offset} (from 0). */
    @FunctionalInterface
    public interface Window<T> {
        List<T> read(int offset, int size);
    }

    /**
     * At most {@code size} of a list of {@code total} items from position {@code offset} (from 0), read
     * by {@code window}; none past the end, where there is nothing to read.
     */
    public static <T> Slice<T> of(long offset, int size, long total, Window<T> window) {
        // Below the total, the offset fits an int: a list is never longer than an int can count.
        return new Slice<>(offset >= total ? List.of() : window.read((int) offset, size), total);
    }

    /** The same, with the total from a counting query and the items from a query the window limits. */
    public static <T> Slice<T> of(long offset, int size, TypedQuery<Long> count, TypedQuery<T> items) {
        return of(offset, size, count.getSingleResult(),
                (first, max) -> items.setFirstResult(first).setMaxResults(max).getResultList());
    }
}
