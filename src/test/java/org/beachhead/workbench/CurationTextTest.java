package org.beachhead.workbench;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Edits of the curation file as text: the entry goes in at the end of its section, every other byte stays. */
class CurationTextTest {

    private static final String FILE = """
            # header comment
            articles:
              - slug: a   # trailing comment
                file: 000_x.txt

            # the partners follow
            partners:
              - slug: p
            events:  # the events
              - slug: e1
            ...
            """;

    @Test
    void anEntryGoesAtTheEndOfItsSectionBeforeTheCommentsThatLeadIntoTheNext() {
        String entry = "  - slug: b\n    file: 001_y.txt\n";

        String edited = insert(FILE, "articles", entry);

        assertThat(edited).isEqualTo(FILE.replace("    file: 000_x.txt\n\n", "    file: 000_x.txt\n\n" + entry + "\n"));
        assertThat(edited.replace(entry + "\n", "")).as("every other byte as it was").isEqualTo(FILE);
    }

    @Test
    void aSectionHeaderWithACommentAndTheLastSectionBeforeTheEndMarker() {
        String edited = insert(FILE, "events", "  - slug: e2\n");

        assertThat(edited).endsWith("  - slug: e1\n\n  - slug: e2\n...\n");
        assertThatThrownBy(() -> insert(FILE, "questions", "  - slug: q\n"))
                .hasMessageContaining("no 'questions:' section");
    }

    @Test
    void aValueIsOneDoubleQuotedLineWhateverItHolds() {
        assertThat(CurationText.quoted("say \"hi\"\\ now\nthen\u2028")).isEqualTo("\"say \\\"hi\\\"\\\\ now\\nthen\\u2028\"");
        assertThat(CurationText.words("  two\n\t words  ")).isEqualTo("two words");
    }

    @Test
    void aCaptureIsNamedLikeTheOthers() {
        String sha = "c46a46fb6de32080aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
        assertThat(CurationText.captureName(List.of("000_a.txt", "004_b.txt", "curation.yaml"), sha)).isEqualTo("005_c46a46fb6de32080.txt");
        assertThat(CurationText.captureName(List.of("00000_a.txt", "01999_b.txt"), sha)).isEqualTo("02000_c46a46fb6de32080.txt");
        assertThat(CurationText.manifestWith("h  a.txt", "ff", "b.txt")).isEqualTo("h  a.txt\nff  b.txt\n");
    }

    /** Inserts as the workbench does, on the file's UTF-8 bytes. */
    private static String insert(String curation, String section, String entry) {
        return new String(CurationText.insert(curation.getBytes(StandardCharsets.UTF_8), section, entry), StandardCharsets.UTF_8);
    }

    @Test
    void anEntryInTheShippedFileGoesAfterTheLastEventAndEveryOtherByteStays() throws Exception {
        String shipped = Files.readString(Path.of("seeds/curation.yaml"));
        String entry = "  - slug: 新的-event\n    headline: \"一个新的事件\"\n";

        String edited = insert(shipped, "events", entry);

        assertThat(edited.replace("\n" + entry, "")).isEqualTo(shipped);
        String lastEvent = shipped.substring(shipped.lastIndexOf("\n  - slug: ", shipped.indexOf("\nquestions:\n")));
        lastEvent = lastEvent.substring(0, lastEvent.indexOf('\n', 1));
        assertThat(edited.indexOf(entry)).as("after the last event, before the comments that lead into the questions")
                .isGreaterThan(edited.indexOf(lastEvent))
                .isLessThan(edited.indexOf("\n# Open questions"));
    }
}
