package org.beachhead.common;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * At most {@code size} rows from position {@code offset} (from 0), as a Spring Data window that need
 * not start at a multiple of its size (a {@code PageRequest} must); the order is the query's own.
 */
public record OffsetWindow(long offset, int size) implements Pageable {

    @Override
    public int getPageNumber() {
        return (int) (offset / size);
    }

    @Override
    public int getPageSize() {
        return size;
    }

    @Override
    public long getOffset() {
        return offset;
    }

    /** The window of a page of a list. */
    public static OffsetWindow of(PageWindow window) {
        return new OffsetWindow(window.offset(), window.size());
    }

    @Override
    public Sort getSort() {
        return Sort.unsorted();
    }

    @Override
    public Pageable next() {
        return new OffsetWindow(offset + size, size);
    }

    @Override
    public Pageable previousOrFirst() {
        return new OffsetWindow(Math.max(0, offset - size), size);
    }

    @Override
    public Pageable first() {
        return new OffsetWindow(0, size);
    }

    @Override
    public Pageable withPage(int pageNumber) {
        return new OffsetWindow((long) pageNumber * size, size);
    }

    @Override
    public boolean hasPrevious() {
        return offset > 0;
    }
}
