package org.beachhead.timeline;

import org.beachhead.common.DateBasis;
import org.beachhead.common.PartialDate;
import org.beachhead.model.EventKind;

/** An event's own columns and its deal's (null when it reports none), as a list of events reads them. */
record EventRow(long id, String slug, EventKind kind, String headline, PartialDate date, DateBasis datedBy,
                String dateNote, String dealSlug, String dealName) {
}
