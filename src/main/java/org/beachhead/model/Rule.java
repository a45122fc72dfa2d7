package org.beachhead.model;

import jakarta.persistence.Column;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Embedded;
import org.beachhead.common.Text;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A rule, law or licensing regime, such as whole-season censorship approval for foreign shows. */
@Entity
@Table(name = "regulation_rule")
public class Rule extends NamedEntity {

    private String chineseName;

    @Embedded
    @AttributeOverride(name = "en", column = @Column(name = "summary"))
    @AttributeOverride(name = "zh", column = @Column(name = "summary_zh"))
    private Text summary;

    /** Null where the corpus does not say who issued the rule. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "regulator_id")
    private Regulator regulator;

    protected Rule() {
    }

    public Rule(String slug, String name, String chineseName, Text summary, Regulator regulator) {
        super(slug, name);
        this.chineseName = chineseName;
        this.summary = summary;
        this.regulator = regulator;
    }

}
