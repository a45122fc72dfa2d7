package org.beachhead.workbench;

import org.beachhead.common.NotFoundException;
import org.beachhead.corpus.QuoteCheck;
import org.beachhead.model.Article;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/** The loaded articles' stories, for the source reader and the live check of a quote. */
@Service
class Stories {

    private final ArticleTexts articles;

    Stories(ArticleTexts articles) {
        this.articles = articles;
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

    @Transactional(readOnly = true)
    List<ArticleLink> all() {
        return articles.links();
    }

    private Article article(String slug) {
        return articles.findBySlug(slug).orElseThrow(() -> new NotFoundException("article", slug));
    }
}
