package org.beachhead.corpus;

import org.beachhead.corpus.Curation.QuoteEntry;
import org.beachhead.corpus.VerifiedCorpus.VerifiedArticle;
import org.beachhead.model.LocatedQuote;
import org.beachhead.model.TextSpan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

/** Checks of the shipped corpus itself: the articles are the originals and the curation holds up. */
class SeedCorpusTest {

    private static final Path SEEDS = Path.of("seeds");
    private static final VerifiedCorpus CORPUS = CorpusVerifier.verify(SEEDS, "curation.yaml");

    @Test
    void theArticlesAreByteForByteTheOnesInTheManifest() throws IOException {
        List<String> lines = Files.readAllLines(SEEDS.resolve("MANIFEST.sha256"));

        assertThat(lines).hasSize(5);
        for (String line : lines) {
            String[] parts = line.split("\\s+");
            assertThat(sha256(Files.readAllBytes(SEEDS.resolve(parts[1])))).as(parts[1]).isEqualTo(parts[0]);
        }
    }

    @Test
    void theArticlesAreTheSharedOriginalsWhereThoseAreAvailable() throws IOException {
        Path shared = Path.of("../shared/seeds");
        assumeThat(Files.isDirectory(shared)).as("../shared/seeds is beside the project").isTrue();
        try (var originals = Files.list(shared)) {
            for (Path original : originals.toList()) {
                assertThat(SEEDS.resolve(original.getFileName())).as(original.toString()).hasSameBinaryContentAs(original);
            }
        }
    }

    @Test
    void everyArticleIsCuratedAndCitedByEvents() {
        assertThat(CORPUS.articles()).hasSize(5);
        Map<String, Long> citations = CORPUS.curation().events().stream()
                .flatMap(event -> event.excerpts().stream())
                .collect(Collectors.groupingBy(QuoteEntry::article, Collectors.counting()));
        assertThat(citations.keySet()).containsExactlyInAnyOrderElementsOf(CORPUS.articles().keySet());
        assertThat(citations.values()).allSatisfy(count -> assertThat(count).isGreaterThanOrEqualTo(4));
    }

    @Test
    void everyEventHasAnExcerpt() {
        assertThat(CORPUS.curation().events()).hasSizeGreaterThan(30)
                .allSatisfy(event -> assertThat(event.excerpts()).as(event.slug()).isNotEmpty());
    }

    @Test
    void everyExcerptLiesInsideItsArticlesBody() {
        CORPUS.quotes().forEach((quote, located) -> {
            VerifiedArticle article = CORPUS.articles().get(quote.article());
            assertThat(article.body()).as(quote.quote()).anySatisfy(segment -> assertThat(segment.contains(located.span())).isTrue());
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"Share this", "Most Popular", "Related stories", "Messenger Pinterest", "Facebooktwitter",
            "Leave a Reply", "More From Resonate", "Stay Connected", "Latest news", "[Photo:]", "ChinaEm3a",
            "ChinaDramaImage2", "Netflix Daredevil - H 2015", "Courier discovers newborn girl", "TCA Press Tour"})
    void noBodySegmentTakesInPageChrome(String chrome) {
        CORPUS.articles().values().forEach(article -> {
            for (TextSpan segment : article.body()) {
                assertThat(article.text().substring(segment.start(), segment.end())).as(article.entry().slug()).doesNotContain(chrome);
            }
        });
    }

    @Test
    void noTwoExcerptsOfOneEventRepeatTheSamePassage() {
        CORPUS.curation().events().forEach(event -> {
            Map<TextSpan, Long> spans = event.excerpts().stream().map(CORPUS::located)
                    .collect(Collectors.groupingBy(LocatedQuote::span, Collectors.counting()));
            assertThat(spans.values()).as(event.slug()).allSatisfy(count -> assertThat(count).isEqualTo(1L));
        });
    }

    @Test
    void theCoreEntitiesArePresent() {
        assertThat(slugs(CORPUS.curation().partners(), Curation.PartnerEntry::slug)).contains("iqiyi", "letv", "wasu",
                "tencent", "alibaba", "viki", "ifa-media", "youku", "mango-tv", "microsoft");
        assertThat(slugs(CORPUS.curation().regulators(), Curation.RegulatorEntry::slug)).contains("sapprft", "nrta");
        assertThat(slugs(CORPUS.curation().titles(), Curation.TitleEntry::slug)).contains("bardo",
                "empresses-in-the-palace", "the-long-season", "okja");
        assertThat(slugs(CORPUS.curation().people(), Curation.PersonEntry::slug)).contains("ted-sarandos", "reed-hastings");
    }

    private static <T> List<String> slugs(List<T> entries, Function<T, String> slug) {
        return entries.stream().map(slug).toList();
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
