package org.beachhead.api;

import io.swagger.v3.oas.annotations.media.Schema;
import org.beachhead.regulator.RegulatorService;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

@Schema(description = "Every regulator with its rules, and the rules whose issuer the corpus does not name.")
public record RegulatorList(
        List<RegulatorItem> items,
        @Schema(description = "How many regulators the list holds") int total,
        @Schema(description = "Rules the corpus records without naming who issued them") List<RuleItem> rulesWithoutIssuer) {

    static RegulatorList of(RegulatorService.RegulatorIndex index) {
        List<RuleItem> rules = index.rules().stream().map(RuleItem::of).toList();
        Map<String, List<RuleItem>> byIssuer = rules.stream().filter(rule -> rule.regulator() != null)
                .collect(Collectors.groupingBy(rule -> rule.regulator().slug()));
        List<RegulatorItem> regulators = index.regulators().stream()
                .map(regulator -> RegulatorItem.of(regulator, byIssuer.getOrDefault(regulator.slug(), List.of())))
                .toList();
        return new RegulatorList(regulators, regulators.size(),
                rules.stream().filter(rule -> rule.regulator() == null).toList());
    }
}
