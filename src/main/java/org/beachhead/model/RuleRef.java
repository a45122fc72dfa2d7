package org.beachhead.model;

import org.beachhead.common.Text;
import org.beachhead.common.EntityRef;

/** A rule as pages show it: what it requires and, where the corpus names one, who issued it. */
public record RuleRef(String slug, String name, String chineseName, Text summary, EntityRef regulator) {

    /** The rule's name in the reader's language. */
    public String label() {
        return new Text(name, chineseName).toString();
    }

    /** For queries: the issuer's slug, name and Chinese name, or nulls where the corpus names none. */
    public RuleRef(String slug, String name, String chineseName, Text summary, String regulatorSlug,
                   String regulatorName, String regulatorChineseName) {
        this(slug, name, chineseName, summary,
                regulatorSlug == null ? null : new EntityRef(regulatorSlug, regulatorName, regulatorChineseName));
    }
}
