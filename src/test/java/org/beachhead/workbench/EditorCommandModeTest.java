package org.beachhead.workbench;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The editor command runs without the web server or an import, and nothing idle holds the JVM after it. */
class EditorCommandModeTest {

    @Test
    void theCommandStartsNoServerNoImportAndLetsThePoolsIdleThreadGoAfterASecond() {
        StandardEnvironment environment = environmentWith(Map.of(EditorSetup.COMMAND, "alice"));

        new EditorCommandMode().postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("spring.main.web-application-type")).isEqualTo("none");
        assertThat(environment.getProperty("beachhead.corpus.import-on-startup")).isEqualTo("false");
        assertThat(environment.getProperty("spring.task.execution.pool.keep-alive")).isEqualTo("1s");
    }

    @Test
    void aNormalStartIsLeftAsItIs() {
        StandardEnvironment environment = environmentWith(Map.of());

        new EditorCommandMode().postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("spring.main.web-application-type")).isNull();
        assertThat(environment.getProperty("spring.task.execution.pool.keep-alive")).isNull();
    }

    private static StandardEnvironment environmentWith(Map<String, Object> properties) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("test", properties));
        return environment;
    }
}
