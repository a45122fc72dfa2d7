package org.beachhead.model;

import org.beachhead.common.EntityRef;

/** A rule as pages show it: what it requires and, where the corpus names one, who issued it. */
public record RuleRef(String slug, String name, String summary, EntityRef regulator) {

    /** For queries: the issuer's slug and name, or two nulls where the corpus names none. */
    public RuleRef(String slug, String name, String summary, String regulatorSlug, String regulatorName) {
        this(slug, name, summary, regulatorSlug == null ? null : new EntityRef(regulatorSlug, regulatorName));
    }
}
