package org.beachhead.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.beachhead.search.ResultKind;
import org.beachhead.search.SearchRequest;
import org.beachhead.search.SearchService;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@RestController
@RequestMapping(path = Section.API + "/search", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Search", description = "The search page's results as data")
class SearchApi {

    private final SearchService search;

    SearchApi(SearchService search) {
        this.search = search;
    }

    @GetMapping
    @Operation(summary = "Events, partners, deals, titles, regulators, rules, people and sources matching a query",
            description = "The same results as /search. Any word may match; results with every word come first, "
                    + "then by BM25 relevance (a name or headline counts three times running text). Words match in "
                    + "any form (censor finds censorship), case and accents do not matter, text in double quotes is a "
                    + "phrase, Chinese is segmented into words. A query that finds fewer than 3 results gets a "
                    + "suggestion; one that finds nothing gets its suggestion's results. See docs/search.md.")
    SearchAnswer search(
            @Parameter(description = "The query, at most 200 characters; empty gives no results", example = "wasu letv",
                    schema = @Schema(maxLength = SearchRequest.MAX_LENGTH))
            @RequestParam(name = "q", defaultValue = "") String q,
            @Parameter(description = "Kinds, repeated or comma-separated; any of them matches")
            @CodesOf(ResultKind.class)
            @RequestParam(name = "kind", required = false) List<String> kind,
            @Parameter(description = "Partner slugs, repeated or comma-separated; a result concerning any of them matches",
                    example = "wasu")
            @RequestParam(name = "partner", required = false) List<String> partner,
            @Parameter(description = "Years, repeated or comma-separated: an event's year or a source's",
                    example = "2015")
            @RequestParam(name = "year", required = false) List<String> year) {
        return SearchAnswer.of(search.search(SearchRequest.parse(q, kind, partner, year)));
    }

    @ExceptionHandler(SearchService.IndexBuilding.class)
    @ApiResponse(responseCode = "503", description = "The search index is still being built (the first start on a "
            + "large corpus); the Retry-After header says when to try again",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(implementation = Problem.class)))
    ResponseEntity<ProblemDetail> building(SearchService.IndexBuilding e) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(SearchService.IndexBuilding.RETRY_AFTER))
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage()));
    }
}
