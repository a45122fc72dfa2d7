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

/** A film or series that moved, or was meant to move, between Netflix and the Chinese market. */
@Entity
public class Title extends NamedEntity {

    private String chineseName;

    @Enumerated(EnumType.STRING)
    private TitleFormat format;

    @Embedded
    @AttributeOverride(name = "en", column = @Column(name = "origin"))
    @AttributeOverride(name = "zh", column = @Column(name = "origin_zh"))
    private Text origin;
    @Embedded
    @AttributeOverride(name = "en", column = @Column(name = "episodes"))
    @AttributeOverride(name = "zh", column = @Column(name = "episodes_zh"))
    private Text episodes;
    @Embedded
    @AttributeOverride(name = "en", column = @Column(name = "summary"))
    @AttributeOverride(name = "zh", column = @Column(name = "summary_zh"))
    private Text summary;

    @ElementCollection
    @CollectionTable(name = "title_alias", joinColumns = @JoinColumn(name = "title_id"))
    @Column(name = "alias")
    private Set<String> aliases = new LinkedHashSet<>();

    protected Title() {
    }

    public Title(String slug, String name, String chineseName, TitleFormat format, Text origin, Text episodes,
                 Text summary, Set<String> aliases) {
        super(slug, name);
        this.aliases = new LinkedHashSet<>(aliases);
        this.chineseName = chineseName;
        this.format = format;
        this.origin = origin;
        this.episodes = episodes;
        this.summary = summary;
    }

}
