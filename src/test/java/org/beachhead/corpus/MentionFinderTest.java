package org.beachhead.corpus;

import org.beachhead.corpus.MentionFinder.Found;
import org.beachhead.corpus.MentionFinder.Subject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MentionFinderTest {

    private static final MentionFinder FINDER = new MentionFinder(List.of(
            new Subject("partner", "wasu", List.of("Wasu", "Wasu Media", "华数")),
            new Subject("partner", "iqiyi", List.of("iQiyi", "IQIYI", "爱奇艺")),
            new Subject("person", "jack-ma", List.of("Jack Ma", "Ma")),
            new Subject("partner", "hbo", List.of("HBO"))));

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Netflix talks to Wasu.                         | wasu    | Wasu",
            "Netflix talks to Wasu Media, a group.          | wasu    | Wasu Media",
            "Netflix talks to WASU MEDIA now.               | wasu    | WASU MEDIA",
            "Netflix talks to Wasuabc and Abcwasu.          |         | ",
            "华数传媒与阿里巴巴合作。                         | wasu    | 华数",
            "IQIYI, Tencent, Youku and Mango TV dominate.   | iqiyi   | IQIYI",
            "Stream it on iqiyi's app.                      | iqiyi   | iqiyi",
            "It worked with Ma's company.                   | jack-ma | Ma",
            "The MA degree and the mansion.                 |         | ",
            "LeTV met HBO and Sony.                         | hbo     | HBO",
            "Hbo is not how they write it.                  |         | "
    })
    void findsNamesAsWholeWordsCaseAwareAndChineseAnywhere(String sentence, String slug, String matched) {
        List<Found> found = FINDER.find(new ArticleText(sentence));

        if (slug == null) {
            assertThat(found).isEmpty();
        } else {
            assertThat(found).singleElement().satisfies(mention -> {
                assertThat(mention.subject().slug()).isEqualTo(slug);
                assertThat(sentence.substring(mention.match().start(), mention.match().end())).isEqualTo(matched);
            });
        }
    }

    @Test
    void reportsEachSentenceOfTheBodyOnlyAndNotThePageChrome() {
        String text = "Headline about Wasu\n\nWasu runs cable TV. Netflix met Wasu Media. Nobody else.\n\nMost Popular: Wasu wins.";
        int bodyStart = text.indexOf("Wasu runs");
        int bodyEnd = text.indexOf("Nobody else.") + "Nobody else.".length();
        ArticleText article = new ArticleText(text, List.of(new org.beachhead.model.TextSpan(bodyStart, bodyEnd)));

        List<Found> found = FINDER.find(article);

        assertThat(found).extracting(mention -> text.substring(mention.sentence().start(), mention.sentence().end()))
                .containsExactly("Wasu runs cable TV.", "Netflix met Wasu Media.");
    }
}
