package org.beachhead.regulator;

import org.beachhead.common.EntityRef;

/** A rule as pages show it: what it requires and, where the corpus names one, who issued it. */
public record RuleRef(String slug, String name, String summary, EntityRef regulator) {
}
