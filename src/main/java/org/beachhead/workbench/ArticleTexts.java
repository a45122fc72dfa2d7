package org.beachhead.workbench;

import org.beachhead.model.Article;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

import java.util.List;
import java.util.Optional;

/** The loaded articles, for the editors' source reader. */
interface ArticleTexts extends Repository<Article, Long> {

    Optional<Article> findBySlug(String slug);

    @Query("select new org.beachhead.workbench.ArticleLink(a.slug, a.headline) from Article a order by a.slug")
    List<ArticleLink> links();
}
