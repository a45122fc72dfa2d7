package org.beachhead.regulator;

import org.beachhead.model.Regulator;
import org.beachhead.model.RuleRef;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

import java.util.List;
import java.util.Optional;

/** The regulators as their index and their pages show them, and the rules each issued. */
interface RegulatorQueries extends Repository<Regulator, Long> {

    String SUMMARY = """
            select new org.beachhead.regulator.RegulatorSummary(r.slug, r.name, r.shortName, r.chineseName, r.summary,
                (select count(e) from Event e join e.regulators er where er = r))
            from Regulator r""";

    @Query(SUMMARY + " order by r.name, r.slug")
    List<RegulatorSummary> all();

    @Query(SUMMARY + " where r.slug = :slug")
    Optional<RegulatorSummary> summary(String slug);

    @Query("""
            select new org.beachhead.model.RuleRef(u.slug, u.name, u.chineseName, u.summary, r.slug, coalesce(r.shortName, r.name),
                r.chineseName)
            from Rule u join u.regulator r where r.slug = :slug order by u.name, u.slug""")
    List<RuleRef> rulesIssuedBy(String slug);
}
