package org.beachhead.search;

import org.beachhead.common.EntityRef;
import org.beachhead.common.PartialDate;

import java.util.List;

/**
 * One thing a search can find: an event, a partner, a title, a regulator, a person or an article.
 * Its names (headline, name, Chinese name, aliases …) count as title matches; its passages (an
 * event's excerpts, an article's body segments) are the running text, each with its own link.
 *
 * @param href    its page, or null for a person, who has none yet
 * @param caption what it is called when it has no searchable name (an article, by its headline, which is
 *                not searched); null for the others, which are called by their first name
 * @param date    an event's date or an article's publication date; null for the others
 * @param events  for a person, the events they appear in, oldest first
 */
record Document(ResultKind kind, String href, String caption, List<String> names, List<Passage> passages,
                PartialDate date, List<EntityRef> events) {

    Document {
        names = List.copyOf(names);
        passages = List.copyOf(passages);
        events = List.copyOf(events);
    }

    record Passage(String text, String href) {
    }
}
