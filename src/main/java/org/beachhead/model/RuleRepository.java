package org.beachhead.model;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;

/** The rules, each with its issuer where the corpus names one. */
public interface RuleRepository extends JpaRepository<Rule, Long> {

    @Query("""
            select new org.beachhead.model.RuleRef(r.slug, r.name, r.chineseName, r.summary, g.slug, coalesce(g.shortName, g.name),
                g.chineseName)
            from Rule r left join r.regulator g order by r.name, r.slug""")
    List<RuleRef> refs();

    @Query("""
            select new org.beachhead.model.RuleRef(r.slug, r.name, r.chineseName, r.summary, g.slug, coalesce(g.shortName, g.name),
                g.chineseName)
            from Event e join e.rules r left join r.regulator g where e.id = :eventId order by r.name, r.slug""")
    List<RuleRef> involvedIn(long eventId);
}
