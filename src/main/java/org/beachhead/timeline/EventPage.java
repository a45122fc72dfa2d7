package org.beachhead.timeline;

import org.beachhead.common.Text;
import org.beachhead.common.DateBasis;
import org.beachhead.model.RuleRef;
import org.beachhead.common.PartialDate;
import org.beachhead.source.ExcerptView;

import java.util.List;

/**
 * One event's permalink: its card, the words that date it, the rules it involves and the articles
 * it cites (with how each article's own date was established).
 */
public record EventPage(EventCard card, ExcerptView dateExcerpt, List<RuleRef> rules, List<CitedArticle> articles,
                        List<LinkedClaim> linked) {

    public record CitedArticle(String slug, Text headline, boolean headlineSupplied, String publisher,
                               PartialDate published, DateBasis publishedBasis, Text publishedNote,
                               String publishedQuote) {
    }

    /** How the event's date was established; the card carries it so that lists and the API have it too. */
    public DateBasis datedBy() {
        return card.datedBy();
    }

    public Text dateNote() {
        return card.dateNote();
    }

    /** The article whose publication date dates the event, when it is dated by publication. */
    public CitedArticle datingArticle() {
        if (datedBy() != DateBasis.PUBLISHED || articles.isEmpty()) {
            return null;
        }
        return articles.stream().filter(article -> article.published().equals(card.date())).findFirst()
                .orElse(articles.get(0));
    }
}
