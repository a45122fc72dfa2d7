package org.beachhead.partner;

import org.beachhead.common.Text;
import org.beachhead.model.Partner;
import org.beachhead.model.PartnerKind;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

import java.util.List;
import java.util.Optional;

/** Read-side queries about partners, answered as records rather than entities. */
public interface PartnerQueries extends Repository<Partner, Long> {

    String COLUMNS = """
            p.slug, p.name, p.chineseName, p.kind, p.summary,
                (select count(pe) from Event pe join pe.partners pep where pep = p),
                (select count(pd) from Deal pd join pd.partners pdp where pdp = p),
                (select count(re) from Event re join re.roles rr where rr.partner = p)""";
    String SUMMARY = "select new org.beachhead.partner.PartnerSummary(" + COLUMNS + ") from Partner p";

    long count();

    /** A page of the partners index: by name ignoring case, then by slug, each with its number of events and deals. */
    @Query(SUMMARY + " order by lower(p.name), p.slug")
    List<PartnerSummary> summaries(Pageable window);

    @Query(SUMMARY + " where p.slug = :slug")
    Optional<PartnerSummary> summary(String slug);

    /** A partner and one of the other spellings of its name (null when it has none). */
    record PartnerAlias(PartnerSummary partner, String alias) {

        PartnerAlias(String slug, String name, String chineseName, PartnerKind kind, Text summary, long events,
                     long deals, long eventsInOtherRoles, String alias) {
            this(new PartnerSummary(slug, name, chineseName, kind, summary, events, deals, eventsInOtherRoles), alias);
        }
    }

    /** A partner's page head: the partner, a row for each other spelling of its name, to save a statement. */
    @Query("select new org.beachhead.partner.PartnerQueries$PartnerAlias(" + COLUMNS + ", a)"
            + " from Partner p left join p.aliases a where p.slug = :slug")
    List<PartnerAlias> withAliases(String slug);
}
