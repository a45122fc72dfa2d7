package org.beachhead.model;

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

    private String origin;
    private String episodes;
    private String summary;

    @ElementCollection
    @CollectionTable(name = "title_alias", joinColumns = @JoinColumn(name = "title_id"))
    @Column(name = "alias")
    private Set<String> aliases = new LinkedHashSet<>();

    protected Title() {
    }

    public Title(String slug, String name, String chineseName, TitleFormat format, String origin, String episodes,
                 String summary, Set<String> aliases) {
        super(slug, name);
        this.aliases = new LinkedHashSet<>(aliases);
        this.chineseName = chineseName;
        this.format = format;
        this.origin = origin;
        this.episodes = episodes;
        this.summary = summary;
    }

}
