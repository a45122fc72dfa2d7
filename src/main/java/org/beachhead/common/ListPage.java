package org.beachhead.common;

import jakarta.persistence.TypedQuery;

import java.util.List;
import java.util.function.Function;

/** One page of an index list (partners, titles, people) and the window it shows of the whole list. */
public record ListPage<T>(List<T> items, PageWindow pages) {

    /**
     * The {@code page}-th page, {@code size} a page, of a list of {@code total} items at {@code href},
     * its items read by {@code read} for the window.
     *
     * @throws BadParameterException naming {@code page} when the list has no such page
     */
    public static <T> ListPage<T> of(String href, int page, int size, long total, Function<PageWindow, List<T>> read) {
        PageWindow pages = PageWindow.of(href, page, total, size);
        return new ListPage<>(read.apply(pages), pages);
    }

    /** The same, with the total from a counting query and the items from a query the page's window limits. */
    public static <T> ListPage<T> of(String href, int page, int size, TypedQuery<Long> count, TypedQuery<T> items) {
        return of(href, page, size, count.getSingleResult(),
                window -> items.setFirstResult(window.offset()).setMaxResults(window.size()).getResultList());
    }
}
