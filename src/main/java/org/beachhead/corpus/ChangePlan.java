package org.beachhead.corpus;

import java.util.Set;

/**
 * A saved version as a change to the loaded one, by slug: the events it writes (added or changed), adds and
 * removes, the articles it adds and removes, and the deals whose status date may move. {@code fromHash} is the
 * content it applies to.
 */
record ChangePlan(String fromHash, Set<String> writtenEvents, Set<String> addedEvents, Set<String> removedEvents,
                  Set<String> addedArticles, Set<String> removedArticles, Set<String> deals) {
}
