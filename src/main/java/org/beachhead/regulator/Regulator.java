package org.beachhead.regulator;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import org.beachhead.common.SequenceIds;

/** A Chinese authority whose rules stood in Netflix's way, such as SAPPRFT or the NRTA. */
@Entity
public class Regulator {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "regulator_seq")
    @SequenceGenerator(name = "regulator_seq", sequenceName = "regulator_seq", allocationSize = SequenceIds.BLOCK)
    private Long id;

    private String slug;
    private String name;
    private String shortName;
    private String chineseName;
    private String summary;

    protected Regulator() {
    }

    public Regulator(String slug, String name, String shortName, String chineseName, String summary) {
        this.slug = slug;
        this.name = name;
        this.shortName = shortName;
        this.chineseName = chineseName;
        this.summary = summary;
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

    public String getShortName() {
        return shortName;
    }

    public String getChineseName() {
        return chineseName;
    }

    public String getSummary() {
        return summary;
    }
}
