package org.beachhead.corpus;

import org.beachhead.corpus.CurationOutline.Item;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The outline of the shipped curation file: its entries by slug, and the file cut down to some of them. */
class CurationOutlineTest {

    private static final byte[] SHIPPED = read();

    private static byte[] read() {
        try {
            return Files.readAllBytes(Path.of("seeds/curation.yaml"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private final CurationOutline outline = CurationOutline.of(SHIPPED).orElseThrow();
    private final Curation whole = parse(SHIPPED);

    @Test
    void findsEverySectionAndEveryEntryOfTheFileBySlug() {
        assertThat(outline.sectionNames()).containsExactly("articles", "partners", "people", "regulators", "rules",
                "titles", "deals", "events", "questions");
        assertThat(slugs("events")).containsExactlyElementsOf(whole.events().stream().map(Curation.EventEntry::slug).toList());
        assertThat(slugs("articles")).containsExactlyElementsOf(whole.articles().stream().map(Curation.ArticleEntry::slug).toList());
        assertThat(slugs("questions")).containsExactlyElementsOf(whole.questions().stream().map(Curation.QuestionEntry::slug).toList());
        assertThat(outline.hasDuplicateSlugs()).isFalse();
    }

    @Test
    void keepingEverythingGivesTheFileBack() {
        Set<Item> all = new HashSet<>();
        outline.sectionNames().forEach(section -> all.addAll(outline.section(section).orElseThrow().items()));

        assertThat(outline.keeping(all, Set.of())).isEqualTo(SHIPPED);
    }

    /** Random sets of events, with whole sections of names beside them: exactly those, at their lines in the file. */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void keepingSomeEventsParsesToThoseEventsAtTheirLines(long seed) {
        Random random = new Random(seed);
        List<Item> events = outline.section("events").orElseThrow().items();
        Set<Item> kept = new HashSet<>();
        events.forEach(event -> {
            if (random.nextInt(4) == 0) {
                kept.add(event);
            }
        });

        byte[] cut = outline.keeping(kept, Set.of("partners"));
        Curation part = parse(cut);

        assertThat(lines(cut)).isEqualTo(lines(SHIPPED));
        assertThat(part.events()).extracting(Curation.EventEntry::slug)
                .containsExactlyElementsOf(events.stream().filter(kept::contains).map(Item::slug).toList());
        assertThat(part.events()).allSatisfy(event -> assertThat(event.source().line())
                .isEqualTo(whole.events().stream().filter(e -> e.slug().equals(event.slug())).findFirst().orElseThrow().source().line()));
        assertThat(part.partners()).extracting(Curation.PartnerEntry::slug)
                .containsExactlyElementsOf(whole.partners().stream().map(Curation.PartnerEntry::slug).toList());
        assertThat(part.articles()).isEmpty();
    }

    @Test
    void anEntryWithoutASlugLeavesTheFileWithoutAnOutline() {
        String text = new String(SHIPPED, StandardCharsets.UTF_8).replace("  - slug: wasu-alibaba-set-top-boxes\n    date: 2013",
                "  - date: 2013");

        assertThat(CurationOutline.of(text.getBytes(StandardCharsets.UTF_8))).isEmpty();
    }

    @Test
    void aSlugUsedTwiceIsTold() {
        String text = new String(SHIPPED, StandardCharsets.UTF_8).replace("  - slug: us-china-co-productions-blog\n",
                "  - slug: wasu-alibaba-set-top-boxes\n");

        assertThat(CurationOutline.of(text.getBytes(StandardCharsets.UTF_8)).orElseThrow().hasDuplicateSlugs()).isTrue();
    }

    @Test
    void whatIsAddedBeforeTheEndMarkerIsASectionOfItsOwn() {
        String text = new String(SHIPPED, StandardCharsets.UTF_8).replace("\n...\n", "\nretired:\n  events: [x]\n...\n");
        CurationOutline retired = CurationOutline.of(text.getBytes(StandardCharsets.UTF_8)).orElseThrow();

        assertThat(retired.sectionNames()).endsWith("questions", "retired");
        assertThat(retired.sameText(retired.section("questions").orElseThrow(), outline,
                outline.section("questions").orElseThrow())).isTrue();
    }

    private List<String> slugs(String section) {
        return outline.section(section).orElseThrow().items().stream().map(Item::slug).toList();
    }

    private static long lines(byte[] text) {
        long count = 0;
        for (byte b : text) {
            count += b == '\n' ? 1 : 0;
        }
        return count;
    }

    private static Curation parse(byte[] text) {
        return CurationParser.parse("curation.yaml", new InputStreamReader(new ByteArrayInputStream(text),
                StandardCharsets.UTF_8)).curation();
    }
}
