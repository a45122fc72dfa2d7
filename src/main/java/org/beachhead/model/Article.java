package org.beachhead.model;

import org.beachhead.common.Text;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import org.beachhead.common.DateBasis;
import org.beachhead.common.PartialDate;

import java.util.ArrayList;
import java.util.List;

/** One article of the corpus, kept verbatim, with the spans of it that are the story (its body). */
@Entity
public class Article extends SluggedEntity {

    private String fileName;
    private String sha256;
    @Embedded
    @AttributeOverride(name = "en", column = @Column(name = "headline"))
    @AttributeOverride(name = "zh", column = @Column(name = "headline_zh"))
    private Text headline;
    private boolean headlineSupplied;
    private String publisher;

    @Embedded
    @AttributeOverride(name = "year", column = @Column(name = "published_year"))
    @AttributeOverride(name = "month", column = @Column(name = "published_month"))
    @AttributeOverride(name = "day", column = @Column(name = "published_day"))
    @AttributeOverride(name = "approximate", column = @Column(name = "published_approximate"))
    private PartialDate published;

    @Enumerated(EnumType.STRING)
    private DateBasis publishedBasis;
    @Embedded
    @AttributeOverride(name = "en", column = @Column(name = "published_note"))
    @AttributeOverride(name = "zh", column = @Column(name = "published_note_zh"))
    private Text publishedNote;
    private String publishedQuote;

    @Column(name = "body_text")
    private String text;

    @ElementCollection
    @CollectionTable(name = "article_body_segment", joinColumns = @JoinColumn(name = "article_id"))
    @OrderColumn(name = "seq")
    private List<TextSpan> bodySegments = new ArrayList<>();

    protected Article() {
    }

    public Article(String slug, String fileName, String sha256, Text headline, boolean headlineSupplied,
                   String publisher, PartialDate published, DateBasis publishedBasis, Text publishedNote,
                   String publishedQuote, String text, List<TextSpan> bodySegments) {
        super(slug);
        this.fileName = fileName;
        this.sha256 = sha256;
        this.headline = headline;
        this.headlineSupplied = headlineSupplied;
        this.publisher = publisher;
        this.published = published;
        this.publishedBasis = publishedBasis;
        this.publishedNote = publishedNote;
        this.publishedQuote = publishedQuote;
        this.text = text;
        this.bodySegments = new ArrayList<>(bodySegments);
    }

    public String getFileName() {
        return fileName;
    }

    public String getSha256() {
        return sha256;
    }

    public Text getHeadline() {
        return headline;
    }

    public boolean isHeadlineSupplied() {
        return headlineSupplied;
    }

    public String getPublisher() {
        return publisher;
    }

    public PartialDate getPublished() {
        return published;
    }

    public DateBasis getPublishedBasis() {
        return publishedBasis;
    }

    public Text getPublishedNote() {
        return publishedNote;
    }

    public String getPublishedQuote() {
        return publishedQuote;
    }

    public String getText() {
        return text;
    }

    public List<TextSpan> getBodySegments() {
        return List.copyOf(bodySegments);
    }
}
