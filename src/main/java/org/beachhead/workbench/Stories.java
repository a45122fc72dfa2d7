package org.beachhead.workbench;

import org.beachhead.common.NotFoundException;
import org.beachhead.corpus.QuoteCheck;
import org.beachhead.model.Article;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/** The loaded articles' stories and claims, for the source reader and the live check of a quote. */
@Service
class Stories {

    private final ArticleTexts articles;
    private final EventTitles events;

    Stories(ArticleTexts articles, EventTitles events) {
        this.articles = articles;
        this.events = events;
    }

    /** @throws NotFoundException naming the article when none has this slug */
    @Transactional(readOnly = true)
    StoryText story(String slug) {
        return StoryText.of(article(slug));
    }

    @Transactional(readOnly = true)
    QuoteCheck check(String slug, String quote) {
        Article article = article(slug);
        return QuoteCheck.of(article.getText(), article.getBodySegments(), quote);
    }

    /** The claims with an excerpt of the article, for the source reader's links to edit them. */
    @Transactional(readOnly = true)
    List<EventTitle> claims(String slug) {
        return events.byArticle(slug).stream().distinct().toList();
    }

    @Transactional(readOnly = true)
    List<ArticleLink> all() {
        return articles.links();
    }

    private Article article(String slug) {
        return articles.findBySlug(slug).orElseThrow(() -> new NotFoundException("article", slug));
    }
}
