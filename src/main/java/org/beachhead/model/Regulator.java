package org.beachhead.model;

import jakarta.persistence.Column;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Embedded;
import org.beachhead.common.Text;
import jakarta.persistence.Entity;

/** A Chinese authority whose rules stood in Netflix's way, such as SAPPRFT or the NRTA. */
@Entity
public class Regulator extends NamedEntity {

    private String shortName;
    private String chineseName;
    @Embedded
    @AttributeOverride(name = "en", column = @Column(name = "summary"))
    @AttributeOverride(name = "zh", column = @Column(name = "summary_zh"))
    private Text summary;

    protected Regulator() {
    }

    public Regulator(String slug, String name, String shortName, String chineseName, Text summary) {
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

    public Text getSummary() {
        return summary;
    }
}
