package org.beachhead.workbench;

import org.junit.jupiter.api.Test;

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

        String edited = CurationText.insert(FILE, "articles", entry);

        assertThat(edited).isEqualTo(FILE.replace("    file: 000_x.txt\n\n", "    file: 000_x.txt\n\n" + entry + "\n"));
        assertThat(edited.replace(entry + "\n", "")).as("every other byte as it was").isEqualTo(FILE);
    }

    @Test
    void aSectionHeaderWithACommentAndTheLastSectionBeforeTheEndMarker() {
        String edited = CurationText.insert(FILE, "events", "  - slug: e2\n");

        assertThat(edited).endsWith("  - slug: e1\n\n  - slug: e2\n...\n");
        assertThatThrownBy(() -> CurationText.insert(FILE, "questions", "  - slug: q\n"))
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
}
