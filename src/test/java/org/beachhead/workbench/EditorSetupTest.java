package org.beachhead.workbench;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.MapPropertySource;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Editors come from BEACHHEAD_EDITOR at start, or from the command that adds one or sets a new password. */
class EditorSetupTest extends WorkbenchTestSupport {

    @Autowired
    Editors editors;

    @Test
    void theCommandAddsAnEditorThenResetsThePasswordReadFromStandardInput() throws Exception {
        assertThat(command("command-editor", "first-password-1\n")).isEqualTo("Added the editor command-editor.\n");
        assertThat(signIn(browserLike(), "command-editor", "first-password-1").headers().firstValue("Location"))
                .hasValueSatisfying(to -> assertThat(to).endsWith("/curation"));

        assertThat(command("command-editor", "second-password-2\n")).isEqualTo("Set a new password for the editor command-editor.\n");
        assertThat(signIn(browserLike(), "command-editor", "first-password-1").headers().firstValue("Location"))
                .hasValueSatisfying(to -> assertThat(to).endsWith("/login?error"));
        assertThat(signIn(browserLike(), "command-editor", "second-password-2").headers().firstValue("Location"))
                .hasValueSatisfying(to -> assertThat(to).endsWith("/curation"));
        assertThatThrownBy(() -> command("command-editor", "too-short\n")).hasMessageContaining("at least 12 characters");
    }

    @Test
    void theEnvironmentAddsAnEditorButNeverChangesAnExistingOnesPassword() throws Exception {
        new EditorSetup(editors, "env-editor:environment-password", "", InputStream.nullInputStream(), System.out).run(null);
        new EditorSetup(editors, "env-editor:another-password-x", "", InputStream.nullInputStream(), System.out).run(null);

        assertThat(signIn(browserLike(), "env-editor", "environment-password").headers().firstValue("Location"))
                .hasValueSatisfying(to -> assertThat(to).endsWith("/curation"));
        assertThatThrownBy(() -> new EditorSetup(editors, "no-colon", "", InputStream.nullInputStream(), System.out).run(null))
                .hasMessageContaining("name:password");
    }

    @Test
    void namesWithMarkupAreRefused() {
        assertThatThrownBy(() -> editors.set("<script>alert(1)</script>", "a-long-enough-password"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("letters, digits");
    }

    @Test
    void theCommandRunsWithoutTheWebServerOrACorpusImport() {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("arguments", Map.of(EditorSetup.COMMAND, "anna")));
        new EditorCommandMode().postProcessEnvironment(environment, null);
        assertThat(environment.getProperty("spring.main.web-application-type")).isEqualTo("none");
        assertThat(environment.getProperty("beachhead.corpus.import-on-startup")).isEqualTo("false");

        StandardEnvironment normal = new StandardEnvironment();
        new EditorCommandMode().postProcessEnvironment(normal, null);
        assertThat(normal.getProperty("spring.main.web-application-type")).isNull();
    }

    private String command(String name, String standardInput) throws Exception {
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        new EditorSetup(editors, "", name, new ByteArrayInputStream(standardInput.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(output, true, StandardCharsets.UTF_8)).run(null);
        return output.toString(StandardCharsets.UTF_8);
    }
}
