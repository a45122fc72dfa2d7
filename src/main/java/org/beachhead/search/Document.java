package org.beachhead.search;

import org.beachhead.common.EntityRef;
import org.beachhead.common.PartialDate;

import java.util.List;

/**
 * One thing a search can find: an event, a partner, a deal, a title, a regulator, a rule, a person or an
 * article. Its names (headline, name, Chinese name, aliases …) count most; its passages (an event's
 * excerpts, an article's body segments) are the running text, each with its own link; its related names
 * are those of what it involves (an event's partners, titles, people …, and the publishers reporting it),
 * so that 爱奇艺 finds iQiyi's events.
 *
 * @param caption  what it is called when it has no searchable name (an article, by its headline); else null
 * @param labelZh  what a Chinese reader sees it called (one of its names, an event's Chinese headline, an article's
 *                 Chinese headline); null where the data has none, and the English label is shown. Where it is not one
 *                 of its names it is searched apart from them, so English rankings do not change with Chinese texts
 * @param relatedZh Chinese names of what it involves that are found but not marked (rules', people's and deals')
 * @param partners the slugs of the partners it concerns, counted and filtered as facets
 * @param date     an event's date or an article's publication date; null for the others
 * @param events   for a person, the events they appear in, oldest first
 */
record Document(ResultKind kind, String href, String caption, String labelZh, List<String> names, List<Passage> passages,
                List<String> related, List<String> relatedZh, List<String> partners, PartialDate date,
                List<EntityRef> events) implements Placed {

    Document {
        names = List.copyOf(names);
        passages = List.copyOf(passages);
        related = List.copyOf(related);
        relatedZh = List.copyOf(relatedZh);
        partners = List.copyOf(partners);
        events = List.copyOf(events);
    }

    @Override
    public String label() {
        return names.isEmpty() ? caption : names.get(0);
    }

    record Passage(String text, String href) {
    }
}
