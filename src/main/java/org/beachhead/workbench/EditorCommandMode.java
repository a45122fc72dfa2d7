package org.beachhead.workbench;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

import java.util.Map;

/**
 * With {@code --beachhead.editor.set=NAME} the app is a command: no web server, no corpus import, only the
 * database (migrated by Flyway as usual) and {@link EditorSetup}; it then ends. Registered in
 * META-INF/spring.factories, since it must act before the application decides what kind it is. The task
 * pool that starts the repositories lets its idle thread go after a second (the least it takes), or the
 * command would wait out its 60 s keep-alive before the JVM could end.
 */
class EditorCommandMode implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (environment.containsProperty(EditorSetup.COMMAND)) {
            environment.getPropertySources().addFirst(new MapPropertySource("editorCommand", Map.of(
                    "spring.main.web-application-type", "none",
                    "beachhead.corpus.import-on-startup", "false",
                    "spring.task.execution.pool.keep-alive", "1s")));
        }
    }
}
