package org.beachhead;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class BeachheadApplication {

    /** Spring Boot's switch for its background pre-initialisation; a system property, as Boot reads it. */
    private static final String SKIP_BACKGROUND_PREINITIALIZATION = "spring.backgroundpreinitializer.ignore";

    public static void main(String[] args) {
        // Boot warms up, on a thread of its own, things this app mostly never uses (message converters for
        // HTTP clients, Jackson 2 for YAML among them). On two cores that thread competes with start-up
        // for the CPU: without it, ready came 0.3 s sooner with 0.5 s less CPU (docs/benchmarks.md).
        // An explicit -D setting still wins.
        if (System.getProperty(SKIP_BACKGROUND_PREINITIALIZATION) == null) {
            System.setProperty(SKIP_BACKGROUND_PREINITIALIZATION, "true");
        }
        SpringApplication.run(BeachheadApplication.class, args);
    }
}
