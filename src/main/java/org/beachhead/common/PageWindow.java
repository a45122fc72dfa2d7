package org.beachhead.common;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * Which slice of a long list one page shows (pages count from 1) and the links to the pages
 * beside it. The page number is the address's {@code page} parameter, so the address is the state;
 * the first page's link is the address without it.
 */
public record PageWindow(int page, int pages, int size, String previousHref, String nextHref) {

    /**
     * The window of page {@code page} over {@code total} items, {@code size} a page, on the list at {@code href}.
     *
     * @throws BadParameterException naming {@code page} when the list has no such page
     */
    public static PageWindow of(String href, int page, long total, int size) {
        int pages = (int) Math.max(1, (total + size - 1) / size);
        if (page > pages) {
            throw new BadParameterException("page", "error.parameter.page-beyond", String.valueOf(page), pages);
        }
        return new PageWindow(page, pages, size, page > 1 ? pageHref(href, page - 1) : null,
                page < pages ? pageHref(href, page + 1) : null);
    }

    /** The one page of a list shown whole. */
    public static PageWindow whole(int total) {
        return new PageWindow(1, 1, Math.max(1, total), null, null);
    }

    /** Position of this page's first item in the whole list, from 0. */
    public int offset() {
        return (page - 1) * size;
    }

    private static String pageHref(String href, int page) {
        return page == 1 ? href : UriComponentsBuilder.fromUriString(href).queryParam("page", page).build().toUriString();
    }
}
