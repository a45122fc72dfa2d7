package org.beachhead.model;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/**
 * A verbatim passage of an article, anchored like a W3C TextQuoteSelector (exact text with its
 * prefix and suffix) and by character offsets, with the surrounding sentence kept for display.
 */
@Entity
public class Excerpt extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "article_id")
    private Article article;

    @Enumerated(EnumType.STRING)
    private ExcerptPurpose purpose;

    private int seq;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "event_id")
    private Event event;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "partner_id")
    private Partner partner;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "regulator_id")
    private Regulator regulator;

    @Embedded
    @AttributeOverride(name = "start", column = @Column(name = "start_offset"))
    @AttributeOverride(name = "end", column = @Column(name = "end_offset"))
    private TextSpan span;

    @Column(name = "exact_text")
    private String exact;
    @Column(name = "prefix_text")
    private String prefix;
    @Column(name = "suffix_text")
    private String suffix;
    private String contextBefore;
    private String contextAfter;

    protected Excerpt() {
    }

    private Excerpt(Article article, ExcerptPurpose purpose, int seq, LocatedQuote quote) {
        this.article = article;
        this.purpose = purpose;
        this.seq = seq;
        this.span = quote.span();
        this.exact = quote.exact();
        this.prefix = quote.prefix();
        this.suffix = quote.suffix();
        this.contextBefore = quote.contextBefore();
        this.contextAfter = quote.contextAfter();
    }

    public static Excerpt forEvent(Event event, ExcerptPurpose purpose, int seq, Article article, LocatedQuote quote) {
        Excerpt excerpt = new Excerpt(article, purpose, seq, quote);
        excerpt.event = event;
        return excerpt;
    }

    public static Excerpt aboutPartner(Partner partner, int seq, Article article, LocatedQuote quote) {
        Excerpt excerpt = new Excerpt(article, ExcerptPurpose.ABOUT, seq, quote);
        excerpt.partner = partner;
        return excerpt;
    }

    public static Excerpt aboutRegulator(Regulator regulator, int seq, Article article, LocatedQuote quote) {
        Excerpt excerpt = new Excerpt(article, ExcerptPurpose.ABOUT, seq, quote);
        excerpt.regulator = regulator;
        return excerpt;
    }

    public TextSpan getSpan() {
        return span;
    }

    public String getExact() {
        return exact;
    }
}
