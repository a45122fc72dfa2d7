package org.beachhead.api;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.beachhead.common.BadParameterException;
import org.beachhead.common.NotFoundException;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import java.util.Locale;

/**
 * The API's errors as RFC 9457 problem details ({@code application/problem+json}). Scoped to this
 * package and ordered before {@code web.ErrorPages}, so the HTML pages keep their HTML error pages.
 * The detail is the same sentence the error pages show, always in English: the API has one language.
 */
@RestControllerAdvice(basePackageClasses = ApiProblems.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblems {

    private final MessageSource messages;

    ApiProblems(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(NotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    @ApiResponse(responseCode = "404", description = "No item has this slug",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(implementation = Problem.class)))
    ProblemDetail notFound(NotFoundException e) {
        String kind = english("entity." + e.kind());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                english("error.not-found.entity", kind, "'" + e.key() + "'"));
        problem.setProperty("slug", e.key());
        return problem;
    }

    @ExceptionHandler({BadParameterException.class, TypeMismatchException.class})
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    @ApiResponse(responseCode = "400", description = "A parameter is malformed, out of range or not known here; "
            + "the problem's parameter property names it",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(implementation = Problem.class)))
    ProblemDetail badParameter(Exception failure) {
        BadParameterException e = BadParameterException.of(failure);
        String reason = e.reason(messages, Locale.ENGLISH);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                english("error.bad-request.parameter", e.parameter(), reason));
        problem.setProperty("parameter", e.parameter());
        return problem;
    }

    private String english(String code, Object... arguments) {
        return messages.getMessage(code, arguments, Locale.ENGLISH);
    }
}
