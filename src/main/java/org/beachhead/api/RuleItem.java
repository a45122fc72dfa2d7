package org.beachhead.api;

import io.swagger.v3.oas.annotations.media.Schema;
import org.beachhead.model.RuleRef;

@Schema(description = "A rule, law or licensing regime, with the regulator that issued it where the corpus names one.")
public record RuleItem(
        @Schema(description = "Stable id: the slug") String id,
        String slug,
        String name,
        @Schema(description = "The rule's name in Chinese") String chineseName,
        String summary,
        @Schema(description = "The summary's Chinese text") String summaryZh,
        @Schema(nullable = true, description = "The issuer; null where the corpus does not name one") Ref regulator,
        @Schema(description = "The rule's entry on the site", example = "/regulators#rule-whole-season-approval")
        String html) {

    static RuleItem of(RuleRef rule) {
        return new RuleItem(rule.slug(), rule.slug(), rule.name(), rule.chineseName(), rule.summary().en(),
                rule.summary().zh(), Section.REGULATORS.ref(rule.regulator()),
                "/regulators#rule-" + rule.slug());
    }
}
