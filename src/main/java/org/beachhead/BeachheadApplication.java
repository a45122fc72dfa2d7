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
        // Boot's background warm-up prepares things this app never uses and, on two cores, takes CPU that
        // start-up waits for (figures in docs/benchmarks.md). An explicit -D setting still wins.
        if (System.getProperty(SKIP_BACKGROUND_PREINITIALIZATION) == null) {
            System.setProperty(SKIP_BACKGROUND_PREINITIALIZATION, "true");
        }
        SpringApplication.run(BeachheadApplication.class, args);
    }
}
