package org.beachhead.corpus;

import java.util.Set;

/**
 * The part of the corpus an incremental apply rewrote, by slug: articles and events written (added or changed)
 * and removed. Listeners that can take a part again read only these; the others read everything.
 */
public record CorpusChange(Set<String> articles, Set<String> events, Set<String> removedArticles,
                           Set<String> removedEvents) {

    public CorpusChange {
        articles = Set.copyOf(articles);
        events = Set.copyOf(events);
        removedArticles = Set.copyOf(removedArticles);
        removedEvents = Set.copyOf(removedEvents);
    }
}
