package org.beachhead.partner;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import org.beachhead.common.SequenceIds;

import java.util.LinkedHashSet;
import java.util.Set;

/** A company Netflix partnered or negotiated with, or that shaped its way into China. */
@Entity
public class Partner {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "partner_seq")
    @SequenceGenerator(name = "partner_seq", sequenceName = "partner_seq", allocationSize = SequenceIds.BLOCK)
    private Long id;

    private String slug;
    private String name;
    private String chineseName;

    @Enumerated(EnumType.STRING)
    private PartnerKind kind;

    private String summary;

    @ElementCollection
    @CollectionTable(name = "partner_alias", joinColumns = @JoinColumn(name = "partner_id"))
    @Column(name = "alias")
    private Set<String> aliases = new LinkedHashSet<>();

    protected Partner() {
    }

    public Partner(String slug, String name, String chineseName, PartnerKind kind, String summary, Set<String> aliases) {
        this.slug = slug;
        this.name = name;
        this.chineseName = chineseName;
        this.kind = kind;
        this.summary = summary;
        this.aliases = new LinkedHashSet<>(aliases);
    }

    public Long getId() {
        return id;
    }

    public String getSlug() {
        return slug;
    }

    public String getName() {
        return name;
    }

    public String getChineseName() {
        return chineseName;
    }

    public PartnerKind getKind() {
        return kind;
    }

    public String getSummary() {
        return summary;
    }
}
