package org.beachhead.model;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Embedded;
import org.beachhead.common.Text;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;

import java.util.LinkedHashSet;
import java.util.Set;

/** A company Netflix partnered or negotiated with, or that shaped its way into China. */
@Entity
public class Partner extends NamedEntity {

    private String chineseName;

    @Enumerated(EnumType.STRING)
    private PartnerKind kind;

    @Embedded
    @AttributeOverride(name = "en", column = @Column(name = "summary"))
    @AttributeOverride(name = "zh", column = @Column(name = "summary_zh"))
    private Text summary;

    @ElementCollection
    @CollectionTable(name = "partner_alias", joinColumns = @JoinColumn(name = "partner_id"))
    @Column(name = "alias")
    private Set<String> aliases = new LinkedHashSet<>();

    protected Partner() {
    }

    public Partner(String slug, String name, String chineseName, PartnerKind kind, Text summary, Set<String> aliases) {
        super(slug, name);
        this.chineseName = chineseName;
        this.kind = kind;
        this.summary = summary;
        this.aliases = new LinkedHashSet<>(aliases);
    }

    public String getChineseName() {
        return chineseName;
    }

    public PartnerKind getKind() {
        return kind;
    }

    public Text getSummary() {
        return summary;
    }
}
