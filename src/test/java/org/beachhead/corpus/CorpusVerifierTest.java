package org.beachhead.corpus;

import org.beachhead.corpus.Curation.EventEntry;
import org.beachhead.model.LocatedQuote;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class CorpusVerifierTest {

    @TempDir
    Path folder;

    @Test
    void locatesEveryQuoteAndStoresTheOriginalTextAtItsOffsets() throws IOException {
        VerifiedCorpus corpus = CorpusVerifier.verify(FixtureCorpus.VALID, FixtureCorpus.FILE);
        String article = Files.readString(FixtureCorpus.VALID.resolve("alpha.txt"));

        EventEntry signed = event(corpus, "alpha-deal-signed");
        LocatedQuote deal = corpus.located(signed.excerpts().get(0));
        assertThat(article.substring(deal.span().start(), deal.span().end())).isEqualTo(deal.exact())
                .isEqualTo("Alpha Corp, a video platform in Beijing, signed a licensing deal with Netflix on Friday.");
        assertThat(deal.span().start()).isEqualTo(article.indexOf("Alpha Corp, a video platform"));
        assertThat(deal.prefix()).endsWith("Share this story\n\n");
        assertThat(deal.suffix()).startsWith("   Ann Spokesperson said:");
    }

    @Test
    void toleratesOnlyWhiteSpaceAndQuoteMarkDifferencesAndKeepsTheOriginalCharacters() {
        VerifiedCorpus corpus = CorpusVerifier.verify(FixtureCorpus.VALID, FixtureCorpus.FILE);

        LocatedQuote quote = corpus.located(event(corpus, "alpha-deal-signed").excerpts().get(1));

        assertThat(quote.exact()).isEqualTo("\u201CWe\u2019re delighted to bring these shows to China.\u201D");
        assertThat(quote.contextBefore()).isEqualTo("Ann Spokesperson said: ");
    }

    @Test
    void keepsTheRestOfTheSentenceAroundAQuoteAsContext() {
        VerifiedCorpus corpus = CorpusVerifier.verify(FixtureCorpus.VALID, FixtureCorpus.FILE);

        LocatedQuote quote = corpus.located(event(corpus, "beta-mid-2015").excerpts().get(0));

        assertThat(quote.contextBefore()).isEmpty();
        assertThat(quote.contextAfter()).isEqualTo(" since 2015.");
    }

    @Test
    void aQuoteRepeatedInThePageChromeIsStillFoundOnceInTheBody() {
        VerifiedCorpus corpus = CorpusVerifier.verify(FixtureCorpus.VALID, FixtureCorpus.FILE);

        assertThat(corpus.articles().get("wire-alpha").body()).hasSize(1);
        LocatedQuote deal = corpus.located(event(corpus, "alpha-deal-signed").excerpts().get(0));
        assertThat(corpus.articles().get("wire-alpha").body().get(0).contains(deal.span())).isTrue();
    }

    @Test
    void theContentHashChangesWithTheCurationAndNotOtherwise() {
        String original = CorpusVerifier.verify(FixtureCorpus.VALID, FixtureCorpus.FILE).contentHash();
        FixtureCorpus.copyTo(folder);
        assertThat(CorpusVerifier.verify(folder, FixtureCorpus.FILE).contentHash()).isEqualTo(original);

        FixtureCorpus.edit(folder, "Beta Media in talks with Netflix", "Beta Media talks to Netflix");

        assertThat(CorpusVerifier.verify(folder, FixtureCorpus.FILE).contentHash()).isNotEqualTo(original);
    }

    @Test
    void theCorpusShippedOnTheClasspathVerifiesExactlyAsTheSameFilesInAFolder() {
        VerifiedCorpus fromFolder = CorpusVerifier.verify(Path.of("seeds"), FixtureCorpus.FILE);

        VerifiedCorpus shipped = CorpusVerifier.verify(new ClasspathCorpus(ClasspathCorpus.SHIPPED, FixtureCorpus.FILE));

        assertThat(shipped.contentHash()).isEqualTo(fromFolder.contentHash());
        assertThat(shipped.articles()).hasSize(5).containsOnlyKeys(fromFolder.articles().keySet());
        assertThat(shipped.quotes().values()).containsExactlyInAnyOrderElementsOf(fromFolder.quotes().values());
    }

    @Test
    void aCurationFileThatIsNotUtf8IsRejectedAsSuch() throws IOException {
        FixtureCorpus.copyTo(folder);
        Path curation = folder.resolve(FixtureCorpus.FILE);
        byte[] text = Files.readAllBytes(curation);
        int end = text.length - "...\n".length();
        byte[] broken = new byte[text.length + 3];
        System.arraycopy(text, 0, broken, 0, end);
        // A Latin-1 "é" after a comment mark, before the closing line: harmless YAML, but not UTF-8.
        broken[end] = '#';
        broken[end + 1] = (byte) 0xE9;
        broken[end + 2] = '\n';
        System.arraycopy(text, end, broken, end + 3, text.length - end);
        Files.write(curation, broken);

        assertThatThrownBy(() -> CorpusVerifier.verify(folder, FixtureCorpus.FILE))
                .isInstanceOf(CorpusException.class).hasMessageContaining("the file is not valid UTF-8");
    }

    static Stream<Arguments> brokenCorpora() {
        return Stream.of(
                arguments("a quote not in its article",
                        "quote: \"Beta Media has been in talks with Netflix since 2015.\"",
                        "quote: \"Beta Media has been negotiating with Netflix since 2014.\"",
                        new String[]{"event 'beta-talks-begin'", "quote not found in article 'wire-alpha'",
                                "Beta Media has been negotiating with Netflix since 2014.",
                                "closest passage of its body is: \"Beta Media has been in talks with Netflix since 2015"}, null),
                arguments("an event naming an unknown partner",
                        "partners: [beta]\n    excerpts:",
                        "partners: [beta, zeta]\n    excerpts:",
                        new String[]{"event 'beta-talks-begin'", "unknown partner 'zeta'"}, null),
                arguments("an impossible date",
                        "date: 2016-05-20\n    dated_by: inferred",
                        "date: 2016-02-30\n    dated_by: inferred",
                        new String[]{"event 'alpha-deal-signed'", "invalid date in 'date'", "2016-02-30 is not a calendar date"}, null),
                arguments("a date in the wrong format",
                        "date: \"2015\"",
                        "date: 20 May 2015",
                        new String[]{"event 'beta-talks-begin'", "invalid date in 'date'", "'20 May 2015' is not a date"}, null),
                arguments("a duplicate slug",
                        "slug: beta-talks-begin",
                        "slug: alpha-deal-signed",
                        new String[]{"duplicate slug 'alpha-deal-signed'"}, null),
                arguments("a misspelt key",
                        "    partners: [beta]\n    excerpts:",
                        "    partnrs: [beta]\n    excerpts:",
                        new String[]{"unknown key 'partnrs'"}, null),
                arguments("an event without excerpts",
                        "    excerpts:\n      - article: essay\n        quote: \"Netflix has 90 million members.\"",
                        "    excerpts: []",
                        new String[]{"event 'members-figure'", "every event needs at least one verbatim excerpt"}, null),
                arguments("an unknown event kind",
                        "kind: talks",
                        "kind: rumour",
                        new String[]{"event 'beta-talks-begin'", "'kind' is 'rumour', expected one of: deal, talks"}, null),
                arguments("a key event marked neither true nor false",
                        "kind: talks",
                        "kind: talks\n    key: yes please",
                        new String[]{"event 'beta-talks-begin'", "'key' must be true or false, not 'yes please'"}, null),
                arguments("a stated date without a note",
                        "    date_note: \"The article says the talks began in 2015.\"\n",
                        "",
                        new String[]{"event 'beta-talks-begin'", "'date_note' is missing"}, "- slug: beta-talks-begin"),
                arguments("a body anchor that is not in the article",
                        "to: \"must approve every season.\"",
                        "to: \"must approve every episode.\"",
                        new String[]{"article 'wire-alpha' body segment", "body anchor 'to' \"must approve every episode.\" is not in alpha.txt"}, null),
                arguments("a publication date that is not the article's",
                        "date: 2016-05-20\n    dated_by: published",
                        "date: 2016-05-21\n    dated_by: published",
                        new String[]{"event 'season-rule'", "dated_by is 'published' but 21 May 2016 is not the publication date"}, null),
                arguments("malformed YAML",
                        "  - slug: beta\n",
                        "  - slug: beta\n  bad: [unclosed\n",
                        new String[]{"not valid YAML"}, null)
        );
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenCorpora")
    void refusesABrokenCorpusNamingTheFileTheLineAndTheProblem(String description, String find, String replacement,
                                                               String[] expected, String lineOf) throws IOException {
        FixtureCorpus.copyTo(folder);
        int edited = FixtureCorpus.edit(folder, find, replacement);
        int line = lineOf == null ? edited : lineNumberOf(folder.resolve(FixtureCorpus.FILE), lineOf);

        assertThatThrownBy(() -> CorpusVerifier.verify(folder, FixtureCorpus.FILE))
                .isInstanceOfSatisfying(CorpusException.class, e -> {
                    assertThat(e.getMessage()).contains(folder.resolve(FixtureCorpus.FILE).toString()).contains(expected);
                    assertThat(e.problems()).anySatisfy(problem ->
                            assertThat(problem.line()).isBetween(line, line + 2));
                });
    }

    @Test
    void refusesAQuoteThatIsOnlyInThePageChrome() {
        FixtureCorpus.copyTo(folder);
        int line = FixtureCorpus.edit(folder, "quote: \"Netflix has 90 million members.\"",
                "quote: \"Netflix has 90 million members.\"\n      - article: wire-alpha\n        quote: \"Celebrity chef opens restaurant\"");

        assertThatThrownBy(() -> CorpusVerifier.verify(folder, FixtureCorpus.FILE))
                .isInstanceOfSatisfying(CorpusException.class, e -> {
                    assertThat(e.problems()).singleElement().satisfies(problem -> {
                        assertThat(problem.line()).isEqualTo(line + 2);
                        assertThat(problem.entry()).isEqualTo("event 'members-figure' excerpts");
                        assertThat(problem.problem()).contains("outside the body of article 'wire-alpha'")
                                .contains("Celebrity chef opens restaurant");
                    });
                });
    }

    @Test
    void refusesAnArticleFileThatIsNotCurated() throws IOException {
        FixtureCorpus.copyTo(folder);
        Files.writeString(folder.resolve("999_new.txt"), "A new article nobody curated.");

        assertThatThrownBy(() -> CorpusVerifier.verify(folder, FixtureCorpus.FILE))
                .hasMessageContaining("article file '999_new.txt' is in " + folder + " but has no entry under 'articles'");
    }

    @Test
    void refusesAnAmbiguousQuote() throws IOException {
        FixtureCorpus.copyTo(folder);
        Files.writeString(folder.resolve("essay.txt"),
                "An essay without a headline. Netflix has 90 million members. Netflix has 90 million members. The end.\n");
        FixtureCorpus.rehash(folder);
        FixtureCorpus.edit(folder, "to: \"90 million members.\"", "to: \"The end.\"");

        assertThatThrownBy(() -> CorpusVerifier.verify(folder, FixtureCorpus.FILE))
                .hasMessageContaining("quote occurs 2 times in article 'essay'; lengthen it so it is unique");
    }

    @Test
    void reportsEveryProblemAtOnce() {
        FixtureCorpus.copyTo(folder);
        FixtureCorpus.edit(folder, "partners: [beta]\n    excerpts:", "partners: [zeta]\n    excerpts:");
        FixtureCorpus.edit(folder, "regulators: [film-bureau]", "regulators: [film-office]");

        assertThatThrownBy(() -> CorpusVerifier.verify(folder, FixtureCorpus.FILE))
                .isInstanceOfSatisfying(CorpusException.class, e -> assertThat(e.problems()).hasSize(2))
                .hasMessageContaining("The corpus has 2 problems")
                .hasMessageContaining("unknown partner 'zeta'")
                .hasMessageContaining("unknown regulator 'film-office'");
    }

    private static int lineNumberOf(Path file, String text) throws IOException {
        String content = Files.readString(file);
        return (int) content.substring(0, content.indexOf(text)).chars().filter(c -> c == '\n').count() + 1;
    }

    private static EventEntry event(VerifiedCorpus corpus, String slug) {
        return corpus.curation().events().stream().filter(event -> event.slug().equals(slug)).findFirst().orElseThrow();
    }
}
