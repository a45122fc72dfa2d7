package org.beachhead.model;

import jakarta.persistence.Entity;

/** A Chinese authority whose rules stood in Netflix's way, such as SAPPRFT or the NRTA. */
@Entity
public class Regulator extends NamedEntity {

    private String shortName;
    private String chineseName;
    private String summary;

    protected Regulator() {
    }

    public Regulator(String slug, String name, String shortName, String chineseName, String summary) {
        super(slug, name);
        this.shortName = shortName;
        this.chineseName = chineseName;
        this.summary = summary;
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
