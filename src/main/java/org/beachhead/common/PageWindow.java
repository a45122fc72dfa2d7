package org.beachhead.common;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Page {@code page} (from 1) of a list of {@code total} items at {@code href}, {@code size} a page: which rows
 * it shows and the links to the pages beside it. The one paging type of the pages and the API: the page number
 * is the address's {@code page} parameter, so the address is the state; the first page's link is the address
 * without it. A window may lie past the list's end: the API answers such a page empty, a page refuses it
 * ({@link #existing()}).
 */
public record PageWindow(String href, int page, int size, long total) {

    /** The one page of a list shown whole. */
    public static PageWindow whole(int total) {
        return new PageWindow(null, 1, Math.max(1, total), total);
    }

    /**
     * This window, for a page (an HTML list) that cannot show a page past the end.
     *
     * @throws BadParameterException naming {@code page} when the list has no such page
     */
    public PageWindow existing() {
        if (page > pages()) {
            throw new BadParameterException("page", "error.parameter.page-beyond", String.valueOf(page), pages());
        }
        return this;
    }

    public int pages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    /** Position of this page's first item in the whole list, from 0; a long, as page × size may not fit an int. */
    public long offset() {
        return (long) (page - 1) * size;
    }

    public boolean pastEnd() {
        return offset() >= total;
    }

    /** This page's rows, for a repository query; read only when not {@link #pastEnd()}, where it fits an int. */
    public Pageable rows() {
        return PageRequest.of(page - 1, size);
    }

    public String previousHref() {
        return page > 1 ? pageHref(page - 1) : null;
    }

    public String nextHref() {
        return page < pages() ? pageHref(page + 1) : null;
    }

    private String pageHref(int number) {
        return number == 1 ? href : UriComponentsBuilder.fromUriString(href).queryParam("page", number).build().toUriString();
    }
}
