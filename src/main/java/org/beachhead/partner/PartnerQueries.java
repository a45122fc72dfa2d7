package org.beachhead.partner;

import jakarta.persistence.EntityManager;
import org.beachhead.common.BadParameterException;
import org.beachhead.common.EntityRef;
import org.springframework.stereotype.Repository;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Read-side queries about partners, answered as records rather than entities. */
@Repository
public class PartnerQueries {

    private static final String COLUMNS = """
            p.slug, p.name, p.chineseName, p.kind, p.summary,
                (select count(e) from Event e join e.partners ep where ep = p),
                (select count(d) from Deal d join d.partners dp where dp = p)""";
    private static final String SUMMARY = "select new org.beachhead.partner.PartnerSummary(" + COLUMNS + ") from Partner p";

    private final EntityManager entityManager;

    public PartnerQueries(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public List<EntityRef> allRefs() {
        return entityManager.createQuery("select new org.beachhead.common.EntityRef(p.slug, p.name) from Partner p order by lower(p.name)",
                EntityRef.class).getResultList();
    }

    /**
     * Every partner, after checking that each slug a filter names is one of them.
     *
     * @throws BadParameterException for the first unknown slug
     */
    public List<EntityRef> allRefsKnowing(String parameter, List<String> slugs) {
        List<EntityRef> all = allRefs();
        requireKnown(parameter, slugs, all);
        return all;
    }

    /** @throws BadParameterException for the first slug that is not one of {@code partners} */
    public static void requireKnown(String parameter, List<String> slugs, List<EntityRef> partners) {
        Set<String> known = partners.stream().map(EntityRef::slug).collect(Collectors.toSet());
        slugs.stream().filter(slug -> !known.contains(slug)).findFirst().ifPresent(slug -> {
            throw new BadParameterException(parameter, "error.parameter.unknown-partner", slug);
        });
    }

    /** Every partner with its number of events and deals, for the partners index. */
    public List<PartnerSummary> summaries() {
        return entityManager.createQuery(SUMMARY + " order by lower(p.name)", PartnerSummary.class).getResultList();
    }

    public Optional<PartnerSummary> summary(String slug) {
        return entityManager.createQuery(SUMMARY + " where p.slug = :slug", PartnerSummary.class)
                .setParameter("slug", slug).getResultList().stream().findFirst();
    }

    /** A partner with the other spellings the corpus uses, in one query (a row per alias). */
    public record Header(PartnerSummary partner, List<String> aliases) {
    }

    public Optional<Header> header(String slug) {
        List<Object[]> rows = entityManager.createQuery("select " + COLUMNS + ", a from Partner p left join p.aliases a"
                        + " where p.slug = :slug order by a", Object[].class)
                .setParameter("slug", slug).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] first = rows.get(0);
        PartnerSummary partner = new PartnerSummary((String) first[0], (String) first[1], (String) first[2],
                (PartnerKind) first[3], (String) first[4], (Long) first[5], (Long) first[6]);
        List<String> aliases = rows.stream().map(row -> (String) row[7]).filter(Objects::nonNull).toList();
        return Optional.of(new Header(partner, aliases));
    }
}
