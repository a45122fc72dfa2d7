package org.beachhead.workbench;

import org.beachhead.common.Text;
import org.beachhead.model.Article;
import org.beachhead.model.TextSpan;

import java.util.List;

/** An article's story for the editors' source reader: its body segments, each as the capture has it. */
record StoryText(String slug, Text headline, String file, List<String> segments) {

    static StoryText of(Article article) {
        String text = article.getText();
        List<String> segments = article.getBodySegments().stream()
                .map((TextSpan span) -> text.substring(span.start(), span.end())).toList();
        return new StoryText(article.getSlug(), article.getHeadline(), article.getFileName(), segments);
    }
}
