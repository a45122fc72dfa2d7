package org.beachhead.api;

import io.swagger.v3.oas.annotations.media.Schema;

@Schema(description = "Where an item lives: its API representation and its page on the site.")
public record ItemLinks(
        @Schema(description = "This item in the API", example = "/api/v1/partners/wasu") String self,
        @Schema(description = "This item's page on the site", example = "/partners/wasu") String html) {
}
