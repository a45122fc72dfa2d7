package org.beachhead.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.beachhead.regulator.RegulatorService;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = Section.API + "/regulators", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Regulators", description = "Chinese authorities and the rules they issued")
class RegulatorApi {

    private final RegulatorService regulators;

    RegulatorApi(RegulatorService regulators) {
        this.regulators = regulators;
    }

    @GetMapping
    @Operation(summary = "Every regulator with its rules",
            description = "Regulators ordered by full name, rules by name; rules with no named issuer are listed apart.")
    RegulatorList regulators() {
        return RegulatorList.of(regulators.all());
    }

    @GetMapping("/{slug}")
    @Operation(summary = "One regulator, with its rules, what the sources say it is, and its events")
    RegulatorItem regulator(@PathVariable String slug) {
        return RegulatorItem.of(regulators.regulator(slug, 1));
    }
}
