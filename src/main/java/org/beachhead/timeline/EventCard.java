package org.beachhead.timeline;

import org.beachhead.common.Text;
import org.beachhead.model.EventKind;
import org.beachhead.common.DateBasis;
import org.beachhead.common.EntityRef;
import org.beachhead.common.PartialDate;
import org.beachhead.source.ExcerptView;

import java.util.List;

/**
 * One event as the timeline, the entity pages and the API show it, with how its date was
 * established, everything it links to and its evidence.
 */
public record EventCard(long id, String slug, EventKind kind, Text headline, PartialDate date,
                        DateBasis datedBy, Text dateNote, EventClaim claim,
                        EntityRef deal, List<EntityRef> partners, List<RoleRef> others, List<EntityRef> titles,
                        List<EntityRef> regulators, List<EntityRef> people, List<ExcerptView> excerpts) {

    /** True when the date is the report's: the text gives no date for the happening itself. */
    public boolean datedByReport() {
        return datedBy == DateBasis.PUBLISHED;
    }
}
