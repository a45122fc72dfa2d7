package org.beachhead.timeline;

import org.beachhead.common.Text;
import org.beachhead.common.DateBasis;
import org.beachhead.common.PartialDate;
import org.beachhead.common.EntityRef;
import org.beachhead.model.Attribution;
import org.beachhead.model.Certainty;
import org.beachhead.model.EventKind;

/** An event's own columns and its deal's (null when it reports none), as a list of events reads them. */
record EventRow(long id, String slug, EventKind kind, Text headline, PartialDate date, DateBasis datedBy,
                Text dateNote, Attribution attribution, String speakerSlug, String speakerName, String speakerChineseName,
                String relayedFrom, Certainty certainty, PartialDate reported, String dealSlug, String dealName,
                String dealChineseName) {

    EventClaim claim() {
        return new EventClaim(attribution, speakerSlug == null ? null : new EntityRef(speakerSlug, speakerName, speakerChineseName),
                relayedFrom, certainty, reported);
    }
}
