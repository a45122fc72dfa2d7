package org.beachhead.model;

import org.beachhead.common.BadParameterException;
import org.beachhead.common.EntityRef;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The partners, for every feature that filters by partner: their names and whether a slug names one. */
public interface PartnerRepository extends JpaRepository<Partner, Long> {

    /** Every partner as a link, by name ignoring case, then slug. */
    @Query("select new org.beachhead.common.EntityRef(p.slug, p.name, p.chineseName) from Partner p"
            + " order by lower(p.name), p.slug")
    List<EntityRef> refs();

    /**
     * Every partner as a link, after checking that each slug a filter's {@code parameter} names is one of them.
     *
     * @throws BadParameterException naming the parameter and the first unknown slug
     */
    default List<EntityRef> refsKnowing(String parameter, List<String> slugs) {
        List<EntityRef> all = refs();
        requireKnown(parameter, slugs, all);
        return all;
    }

    /** @throws BadParameterException for the first slug that is not one of {@code partners} */
    static void requireKnown(String parameter, List<String> slugs, List<EntityRef> partners) {
        Set<String> known = partners.stream().map(EntityRef::slug).collect(Collectors.toSet());
        slugs.stream().filter(slug -> !known.contains(slug)).findFirst().ifPresent(slug -> {
            throw new BadParameterException(parameter, "error.parameter.unknown-partner", slug);
        });
    }
}
