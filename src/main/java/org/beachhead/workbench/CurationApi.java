package org.beachhead.workbench;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import org.beachhead.common.NotFoundException;
import org.beachhead.common.PageWindow;
import org.beachhead.common.QueryParameters.Codes;
import org.beachhead.common.QueryParameters.PageNumber;
import org.beachhead.common.QueryParameters.PageSize;
import org.beachhead.web.NotCached;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/**
 * The workbench's actions for scripts: the readers' reports, and marking them handled or open. Editors only, with
 * HTTP Basic on each request (see {@link SecurityConfiguration}); documented at /v3/api-docs/curation.
 */
@RestController
@NotCached
@SecurityRequirement(name = SecurityConfiguration.API_SCHEME)
@ApiResponse(responseCode = "401", description = "No editor's name and password (HTTP Basic), or wrong ones",
        content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
@ApiResponse(responseCode = "429", description = "Too many failed sign-ins for this account or address; Retry-After says when to try again",
        content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
class CurationApi {

    static final String PREFIX = "/api/v1/curation/";
    static final String REPORTS = PREFIX + "reports";

    private final Reports reports;

    CurationApi(Reports reports) {
        this.reports = reports;
    }

    @Operation(summary = "Readers' reports, newest first")
    @GetMapping(value = REPORTS, produces = MediaType.APPLICATION_JSON_VALUE)
    ReportList list(@Parameter(description = "open, handled, or both comma-separated", schema = @Schema(type = "string", defaultValue = "open"))
                    @RequestParam(name = "state", defaultValue = "open") Codes<ReportState> state,
                    @Parameter(description = "The page, from 1", schema = @Schema(type = "integer", minimum = "1", defaultValue = "1"))
                    @RequestParam(name = "page", defaultValue = "1") PageNumber page,
                    @Parameter(description = "Reports a page, 1 to 200", schema = @Schema(type = "integer", minimum = "1", maximum = "200", defaultValue = "50"))
                    @RequestParam(name = "size", defaultValue = "50") PageSize size) {
        List<ReportState> states = state.values();
        String href = REPORTS + "?state=" + String.join(",", states.stream().map(ReportState::code).toList()) + "&size=" + size.value();
        Reports.ReportPage list = reports.list(states, page.value(), size.value(), href);
        PageWindow window = list.pages();
        return new ReportList(list.reports().stream().map(ReportItem::of).toList(), window.page(), window.size(),
                window.total(), window.nextHref());
    }

    @Operation(summary = "Mark a report handled or open again; recorded with the editor's name and the time")
    @ApiResponse(responseCode = "200", description = "The report as marked")
    @ApiResponse(responseCode = "404", description = "No report has this id",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
    @PostMapping(value = REPORTS + "/{id}/{state}", produces = MediaType.APPLICATION_JSON_VALUE)
    ReportItem mark(@PathVariable long id,
                    @Parameter(schema = @Schema(type = "string", allowableValues = {"open", "handled"}))
                    @PathVariable("state") Codes<ReportState> state, Authentication editor) {
        return ReportItem.of(reports.mark(id, CurationController.only(state), editor.getName()));
    }

    @ExceptionHandler(NotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    ProblemDetail noSuchReport(NotFoundException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "There is no report " + e.key());
    }
}
