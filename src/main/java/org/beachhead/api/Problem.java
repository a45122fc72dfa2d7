package org.beachhead.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * What an API error sends, for the OpenAPI document: Spring's {@code ProblemDetail} as it is written, with
 * the extension members the handlers add. Its own schema would document a {@code properties} map that is never
 * sent and an absolute {@code instance}, where the request's path is sent.
 */
@Schema(name = "Problem", description = "An RFC 9457 problem detail (application/problem+json)")
record Problem(
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "A URI reference naming the kind of problem; left out when it is about:blank (the "
                + "status says it all), as it is for every problem the API sends today", format = "uri-reference")
        String type,
        @Schema(description = "The status's reason phrase", example = "Bad Request") String title,
        @Schema(description = "The HTTP status code", example = "400") int status,
        @Schema(description = "What is wrong, in a sentence",
                example = "Parameter size: '201' is not a page size; use a whole number from 1 to 200") String detail,
        @Schema(description = "The path that was asked for", format = "uri-reference", example = "/api/v1/events")
        String instance,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "On a 400: the query parameter at fault", example = "size") String parameter,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "On a 404: the slug nothing has", example = "netflix") String slug) {
}
