package org.beachhead.api;

import org.beachhead.common.EntityRef;

import java.util.List;
import java.util.Locale;

/**
 * The kinds of things the API serves. Each lives at the same path under {@value #API} as its
 * page on the site ({@code /api/v1/partners/wasu} and {@code /partners/wasu}), so one slug gives both links.
 */
enum Section {
    EVENTS, PARTNERS, DEALS, TITLES, REGULATORS, PEOPLE, SOURCES, QUESTIONS;

    static final String API = "/api/v1";

    String path() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The section an {@code ExcerptUse} names ("events", "partners" or "regulators"). */
    static Section of(String path) {
        return valueOf(path.toUpperCase(Locale.ROOT));
    }

    String api() {
        return API + "/" + path();
    }

    ItemLinks links(String slug) {
        return new ItemLinks(api() + "/" + slug, "/" + path() + "/" + slug);
    }

    Ref ref(EntityRef ref) {
        return ref == null ? null : new Ref(ref.slug(), ref.slug(), ref.name(), ref.chineseName(), links(ref.slug()));
    }

    List<Ref> refs(List<EntityRef> refs) {
        return refs.stream().map(this::ref).toList();
    }
}
