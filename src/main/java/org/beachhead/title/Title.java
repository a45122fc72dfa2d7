package org.beachhead.title;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** A film or series that moved, or was meant to move, between Netflix and the Chinese market. */
@Entity
public class Title {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String slug;
    private String name;
    private String chineseName;

    @Enumerated(EnumType.STRING)
    private TitleFormat format;

    private String origin;
    private String episodes;
    private String summary;

    protected Title() {
    }

    public Title(String slug, String name, String chineseName, TitleFormat format, String origin, String episodes,
                 String summary) {
        this.slug = slug;
        this.name = name;
        this.chineseName = chineseName;
        this.format = format;
        this.origin = origin;
        this.episodes = episodes;
        this.summary = summary;
    }

    public Long getId() {
        return id;
    }

    public String getSlug() {
        return slug;
    }
}
