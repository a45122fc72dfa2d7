package org.beachhead.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.beachhead.common.BadParameterException;
import org.beachhead.common.NotFoundException;
import org.beachhead.common.QueryParameters;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSource;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;

/**
 * Bad input gets an answer that says what was not found, or which parameter is wrong and why: an
 * HTML page for a browser, an RFC 9457 problem detail under /api or for a client that asks for JSON.
 */
@ControllerAdvice
class ErrorPages {

    private static final Logger log = LoggerFactory.getLogger(ErrorPages.class);
    /** How long a client should wait before asking again while the database is away. */
    private static final String RETRY_AFTER_SECONDS = "30";

    private final MessageSource messages;
    private final RejectedRequests rejected;

    ErrorPages(MessageSource messages, RejectedRequests rejected) {
        this.messages = messages;
        this.rejected = rejected;
    }

    /**
     * The database cannot be reached (the pool gives up after a few seconds, docs/operations.md): say so
     * at once rather than hold the visitor, and log a line now and then, not a stack trace per request.
     * Any other failure of data access stays a server error.
     */
    @ExceptionHandler({DataAccessException.class, TransactionException.class})
    Object dataAccessFailed(RuntimeException e, HttpServletRequest request, HttpServletResponse response, Locale locale) {
        if (!databaseAway(e)) {
            throw e;
        }
        if (rejected.databaseUnavailable()) {
            log.warn("The database cannot be reached; answering 503 ({} so far): {}", rejected.databaseUnavailableCount(),
                    NestedExceptionUtils.getMostSpecificCause(e).toString());
        }
        response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
        String detail = message(locale, "error.database-unavailable");
        return answer(request, HttpStatus.SERVICE_UNAVAILABLE, "error", detail,
                Map.of("status", HttpStatus.SERVICE_UNAVAILABLE.value(), "error", detail));
    }

    /**
     * No connection could be had, or the one in use was lost (SQLSTATE class 08, connection exception), or
     * the server is shutting down or starting (57P01-57P03: a stop ends the sessions mid-query), or JDBC
     * failed to begin or roll back a transaction: pages only read, so that happens only to a connection the
     * pool has already closed as broken (and the rollback's failure then hides the query's).
     */
    private static boolean databaseAway(Throwable failure) {
        for (Throwable at = failure; at != null; at = at.getCause()) {
            if (at instanceof DataAccessResourceFailureException || at instanceof CannotCreateTransactionException
                    || at instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))
                    || at instanceof org.hibernate.TransactionException && at.getCause() instanceof SQLException) {
                return true;
            }
            if (at instanceof TransactionSystemException rollback && rollback.getApplicationException() != null
                    && databaseAway(rollback.getApplicationException())) {
                return true;
            }
        }
        return false;
    }

    /**
     * An Accept header that is not a list of media types is a malformed request (400), not one this
     * server cannot satisfy (406); a readable one that names nothing it serves is left to Spring's 406,
     * whose Accept header lists what is served.
     */
    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    Object notAcceptable(HttpMediaTypeNotAcceptableException e, HttpServletRequest request, Locale locale)
            throws HttpMediaTypeNotAcceptableException {
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        try {
            MediaType.parseMediaTypes(accept);
        } catch (InvalidMediaTypeException unreadable) {
            String detail = message(locale, "error.bad-request.header", HttpHeaders.ACCEPT,
                    QueryParameters.abbreviated(accept));
            return answer(request, HttpStatus.BAD_REQUEST, "error", detail,
                    Map.of("status", HttpStatus.BAD_REQUEST.value(), "error", detail));
        }
        throw e;
    }

    @ExceptionHandler(NotFoundException.class)
    Object notFound(NotFoundException e, HttpServletRequest request, Locale locale) {
        String kind = messages.getMessage("entity." + e.kind(), null, e.kind(), locale);
        return answer(request, HttpStatus.NOT_FOUND, "error/404",
                message(locale, "error.not-found.entity", kind, "'" + e.key() + "'"),
                Map.of("kind", e.kind(), "key", e.key()));
    }

    /** A parameter read by hand or by {@code common.QueryParameters} (which Spring reports as a type mismatch). */
    @ExceptionHandler({BadParameterException.class, TypeMismatchException.class})
    Object badParameter(Exception failure, HttpServletRequest request, Locale locale) {
        BadParameterException e = BadParameterException.of(failure);
        String reason = e.reason(messages, locale);
        return answer(request, HttpStatus.BAD_REQUEST, "error/400", message(locale, "error.bad-request.parameter", e.parameter(), reason),
                Map.of("parameter", e.parameter(), "reason", reason));
    }

    /** An address nothing answers. */
    @ExceptionHandler(NoResourceFoundException.class)
    Object noSuchPath(HttpServletRequest request, Locale locale) {
        String detail = request.getRequestURI().startsWith("/api/")
                ? "There is no API resource at " + request.getRequestURI() + "; docs/api.md and /v3/api-docs list them"
                : message(locale, "error.not-found.path", request.getRequestURI());
        return answer(request, HttpStatus.NOT_FOUND, "error/404", detail, Map.of());
    }

    /** GET (and HEAD) is all this site answers. */
    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    Object wrongMethod(HttpRequestMethodNotSupportedException e, HttpServletRequest request) {
        String detail = "The method " + e.getMethod() + " is not allowed here; use " + String.join(" or ",
                e.getSupportedMethods() == null ? new String[]{"GET"} : e.getSupportedMethods());
        return answer(request, HttpStatus.METHOD_NOT_ALLOWED, "error", detail,
                Map.of("status", HttpStatus.METHOD_NOT_ALLOWED.value(), "error", detail));
    }

    private String message(Locale locale, String code, Object... arguments) {
        return messages.getMessage(code, arguments, locale);
    }

    private static Object answer(HttpServletRequest request, HttpStatus status, String template, String detail,
                                 Map<String, ?> model) {
        if (wantsJson(request)) {
            return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(ProblemDetail.forStatusAndDetail(status, detail));
        }
        ModelAndView page = new ModelAndView(template, status);
        page.addAllObjects(model);
        page.addObject("path", request.getRequestURI());
        page.addObject("languageLinks", LanguageLinks.of(request));
        return page;
    }

    /** The JSON API always, and any client whose Accept header prefers JSON to HTML. */
    private static boolean wantsJson(HttpServletRequest request) {
        if (request.getRequestURI().startsWith("/api/")) {
            return true;
        }
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        if (accept == null || accept.isBlank()) {
            return false;
        }
        try {
            double html = 0;
            double json = 0;
            for (MediaType type : MediaType.parseMediaTypes(accept)) {
                if (type.isWildcardType()) {
                    continue;
                }
                if (type.isCompatibleWith(MediaType.TEXT_HTML)) {
                    html = Math.max(html, type.getQualityValue());
                } else if ("json".equals(type.getSubtype()) || type.getSubtype().endsWith("+json")) {
                    json = Math.max(json, type.getQualityValue());
                }
            }
            return json > html;
        } catch (IllegalArgumentException unreadable) {
            return false;
        }
    }
}
