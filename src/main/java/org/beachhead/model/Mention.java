package org.beachhead.model;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/**
 * A sentence of an article's body that names a partner, title, regulator or person, with where
 * the name stands in it. Found by the importer, curated or not.
 */
@Entity
public class Mention extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "article_id")
    private Article article;

    private String subjectKind;
    private String subjectSlug;

    @Embedded
    @AttributeOverride(name = "start", column = @Column(name = "sentence_start"))
    @AttributeOverride(name = "end", column = @Column(name = "sentence_end"))
    private TextSpan sentence;

    private String sentenceText;

    @Embedded
    @AttributeOverride(name = "start", column = @Column(name = "match_start"))
    @AttributeOverride(name = "end", column = @Column(name = "match_end"))
    private TextSpan match;

    protected Mention() {
    }

    public Mention(Article article, String subjectKind, String subjectSlug, TextSpan sentence, TextSpan match) {
        this.article = article;
        this.subjectKind = subjectKind;
        this.subjectSlug = subjectSlug;
        this.sentence = sentence;
        this.sentenceText = article.getText().substring(sentence.start(), sentence.end());
        this.match = match;
    }
}
