package org.beachhead;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class BeachheadApplication {

    public static void main(String[] args) {
        SpringApplication.run(BeachheadApplication.class, args);
    }
}
