package org.beachhead.regulator;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.beachhead.common.SequenceIds;

/** A rule, law or licensing regime, such as whole-season censorship approval for foreign shows. */
@Entity
@Table(name = "regulation_rule")
public class Rule {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "regulation_rule_seq")
    @SequenceGenerator(name = "regulation_rule_seq", sequenceName = "regulation_rule_seq", allocationSize = SequenceIds.BLOCK)
    private Long id;

    private String slug;
    private String name;
    private String summary;

    /** Null where the corpus does not say who issued the rule. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "regulator_id")
    private Regulator regulator;

    protected Rule() {
    }

    public Rule(String slug, String name, String summary, Regulator regulator) {
        this.slug = slug;
        this.name = name;
        this.summary = summary;
        this.regulator = regulator;
    }

    public Long getId() {
        return id;
    }

    public String getSlug() {
        return slug;
    }
}
