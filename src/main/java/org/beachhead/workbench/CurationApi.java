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
import org.beachhead.corpus.CorpusException;
import org.beachhead.corpus.CorpusHistory;
import org.beachhead.corpus.CorpusProblem;
import org.beachhead.corpus.StaleVersionException;
import org.beachhead.web.NotCached;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * The workbench's actions for scripts: the readers' reports and marking them, claims added, edited and retired, and
 * the curation's versions. Editors only, with HTTP Basic on each request (see {@link SecurityConfiguration});
 * documented at /v3/api-docs/curation.
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
    static final String VERSIONS = PREFIX + "versions";
    static final String EVENTS = PREFIX + "events";
    /** Schemas of this API only, kept out of the public document. */
    static final List<String> SCHEMAS = List.of("ReportItem", "ReportList", "VersionItem", "VersionList", "ClaimDraft",
            "ClaimEdit", "ExcerptDraft");

    private final Reports reports;
    private final CurationEdits edits;
    private final ClaimEdits claims;
    private final CorpusHistory history;
    private final Stories stories;
    private final MessageSource messages;

    CurationApi(Reports reports, CurationEdits edits, ClaimEdits claims, CorpusHistory history, Stories stories,
                MessageSource messages) {
        this.reports = reports;
        this.edits = edits;
        this.claims = claims;
        this.history = history;
        this.stories = stories;
        this.messages = messages;
    }

    /** A version of the curation: its number, the one it was based on, who saved it, when and why. */
    record VersionItem(int number, Integer basedOn, String author, Instant savedAt, String summary) {

        static VersionItem of(CorpusHistory.Version version) {
            return new VersionItem(version.number(), version.basedOn(), version.author(), version.savedAt(), version.summary());
        }
    }

    record VersionList(List<VersionItem> versions, int page, int size, long total, String next) {
    }

    @Operation(summary = "The curation's versions, newest first; the first is the one served")
    @GetMapping(value = VERSIONS, produces = MediaType.APPLICATION_JSON_VALUE)
    VersionList versions(@Parameter(description = "The page, from 1", schema = @Schema(type = "integer", minimum = "1", defaultValue = "1"))
                         @RequestParam(name = "page", defaultValue = "1") PageNumber page) {
        PageWindow window = new PageWindow(VERSIONS, page.value(), HistoryController.PAGE_SIZE, history.count());
        List<VersionItem> versions = history.versions((page.value() - 1) * HistoryController.PAGE_SIZE, HistoryController.PAGE_SIZE)
                .stream().map(VersionItem::of).toList();
        return new VersionList(versions, window.page(), window.size(), window.total(), window.nextHref());
    }

    @Operation(summary = "Add a claim (an event) whose excerpt is a passage of an article; verified, saved as a new version and applied",
            description = "basedOn is the version the claim was drafted on: a save based on any other than the newest is refused (409)"
                    + " and nothing is saved. Organisations and people are comma-separated slugs.")
    @ApiResponse(responseCode = "201", description = "The version saved")
    @ApiResponse(responseCode = "400", description = "A field is missing or malformed; field names it",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
    @ApiResponse(responseCode = "404", description = "No article has this slug", content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
    @ApiResponse(responseCode = "409", description = "basedOn is not the newest version", content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
    @ApiResponse(responseCode = "422", description = "The corpus would not verify with the claim; problems lists why",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
    @PostMapping(value = PREFIX + "articles/{slug}/claims", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    VersionItem addClaim(@PathVariable String slug, @RequestBody ClaimDraft claim, Authentication editor) {
        stories.story(slug);
        if (claim.basedOn() == null) {
            throw DraftRefused.inField("basedOn", "edit.refused.no-version");
        }
        return VersionItem.of(edits.addClaim(slug, claim, editor.getName()));
    }

    @Operation(summary = "A claim (an event) as the newest version's curation file gives it, to edit and PUT back",
            description = "basedOn is the newest version. Organisations, people, titles, regulators, rules and linked claims"
                    + " (contradicts, revises, reportsAgain) are comma-separated slugs.")
    @ApiResponse(responseCode = "200", description = "The claim")
    @ApiResponse(responseCode = "404", description = "No event has this slug in the newest version",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
    @GetMapping(value = EVENTS + "/{slug}", produces = MediaType.APPLICATION_JSON_VALUE)
    ClaimEdit claim(@PathVariable String slug) {
        return claims.claim(slug);
    }

    @Operation(summary = "Edit a claim: its entry is replaced by the body, verified, saved as a new version and applied",
            description = "The body is the whole claim, as GET gives it: a key left out or empty is removed from the entry."
                    + " Links to other claims are set by contradicts, revises and reportsAgain. An excerpt (or date quote)"
                    + " the claim no longer has is declared under 'retired: excerpts:'. basedOn is the version the edit was"
                    + " drafted on: any other than the newest is refused (409) and nothing is saved.")
    @ApiResponse(responseCode = "200", description = "The version saved")
    @ApiResponse(responseCode = "400", description = "A field is missing or malformed; field names it",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
    @ApiResponse(responseCode = "404", description = "No event has this slug in the version basedOn names",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
    @ApiResponse(responseCode = "409", description = "basedOn is not the newest version", content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
    @ApiResponse(responseCode = "422", description = "The corpus would not verify with the edit (problems lists why), or nothing changed",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
    @PutMapping(value = EVENTS + "/{slug}", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    VersionItem editClaim(@PathVariable String slug, @RequestBody ClaimEdit claim, Authentication editor) {
        return VersionItem.of(claims.edit(slug, claim, editor.getName()));
    }

    @Operation(summary = "Retire a claim: its entry is removed and its slug listed under 'retired: events:', verified, saved and applied",
            description = "Refused (422, in the verifier's words) while another claim links to it or a question cites it.")
    @ApiResponse(responseCode = "201", description = "The version saved")
    @ApiResponse(responseCode = "404", description = "No event has this slug in the version basedOn names",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
    @ApiResponse(responseCode = "409", description = "basedOn is not the newest version", content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
    @ApiResponse(responseCode = "422", description = "The corpus would not verify without the claim; problems lists why",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
    @PostMapping(value = EVENTS + "/{slug}/retire", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    VersionItem retireClaim(@PathVariable String slug, @RequestParam(name = "basedOn") int basedOn, Authentication editor) {
        return VersionItem.of(claims.retire(slug, basedOn, editor.getName()));
    }

    @Operation(summary = "Revert a version: save a new version with the files of the one it was based on, verified and applied")
    @ApiResponse(responseCode = "201", description = "The version saved")
    @ApiResponse(responseCode = "404", description = "No such version", content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
    @ApiResponse(responseCode = "409", description = "basedOn is not the newest version", content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
    @PostMapping(value = VERSIONS + "/{number}/revert", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    VersionItem revert(@PathVariable int number, @RequestParam(name = "basedOn") int basedOn, Authentication editor) {
        if (history.version(number).filter(version -> version.basedOn() != null).isEmpty()) {
            throw new NotFoundException("version", String.valueOf(number));
        }
        return VersionItem.of(history.revert(number, basedOn, editor.getName()));
    }

    @ExceptionHandler(StaleVersionException.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    ProblemDetail stale(StaleVersionException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setProperty("newest", e.head());
        return problem;
    }

    @ExceptionHandler(CorpusException.class)
    ResponseEntity<ProblemDetail> refused(CorpusException e, Locale locale) {
        return refused(new DraftRefused(e.problems().stream().map(CorpusProblem::toString).toList()), locale);
    }

    /** 400 naming the field when one is missing or malformed; 422 when the draft as a whole cannot be saved. */
    @ExceptionHandler(DraftRefused.class)
    ResponseEntity<ProblemDetail> refused(DraftRefused e, Locale locale) {
        HttpStatus status = e.field() == null ? HttpStatus.UNPROCESSABLE_CONTENT : HttpStatus.BAD_REQUEST;
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, messages.getMessage(e.message(), locale));
        if (e.field() != null) {
            problem.setProperty("field", e.field());
        }
        problem.setProperty("problems", e.problems());
        return ResponseEntity.status(status).body(problem);
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
    ProblemDetail notFound(NotFoundException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "There is no " + e.kind() + " " + e.key());
    }
}
