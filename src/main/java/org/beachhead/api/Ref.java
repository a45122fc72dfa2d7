package org.beachhead.api;

import io.swagger.v3.oas.annotations.media.Schema;

@Schema(description = "A link-sized reference to a partner, title, regulator, person or deal.")
public record Ref(
        @Schema(description = "Stable id: the slug", example = "wasu") String id,
        @Schema(example = "wasu") String slug,
        @Schema(example = "Wasu Media") String name,
        @Schema(description = "The Chinese name, where the corpus gives one", nullable = true, example = "华数传媒")
        String chineseName,
        ItemLinks links) {
}
