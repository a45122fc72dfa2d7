package org.beachhead;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The feature packages are Spring Modulith modules: each may use another only through that module's
 * base package (never its sub-packages), and no two depend on each other, directly or around a cycle.
 */
class ModularityTests {

    private static final ApplicationModules MODULES = ApplicationModules.of(BeachheadApplication.class);

    @Test
    void modulesDependOnEachOtherOnlyThroughTheirApiAndWithoutCycles() {
        MODULES.verify();
    }

    /** Writes the module diagrams (PlantUML) and their canvases to target/spring-modulith-docs. */
    @Test
    void writesModuleDocumentation() {
        new Documenter(MODULES).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml().writeModuleCanvases();
    }
}
