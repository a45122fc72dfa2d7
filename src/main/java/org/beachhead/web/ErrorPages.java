package org.beachhead.web;

import jakarta.servlet.http.HttpServletRequest;
import org.beachhead.common.BadParameterException;
import org.beachhead.common.NotFoundException;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/** Bad input gets a page that says what was not found, or which parameter is wrong and why. */
@ControllerAdvice
class ErrorPages {

    private final MessageSource messages;

    ErrorPages(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(NotFoundException.class)
    ModelAndView notFound(NotFoundException e, HttpServletRequest request) {
        ModelAndView page = new ModelAndView("error/404", HttpStatus.NOT_FOUND);
        page.addObject("kind", e.kind());
        page.addObject("key", e.key());
        page.addObject("path", request.getRequestURI());
        return page;
    }

    @ExceptionHandler(BadParameterException.class)
    ModelAndView badParameter(BadParameterException e, HttpServletRequest request, Locale locale) {
        ModelAndView page = new ModelAndView("error/400", HttpStatus.BAD_REQUEST);
        page.addObject("parameter", e.parameter());
        page.addObject("reason", messages.getMessage(e.reasonCode(), e.reasonArguments(), e.reasonCode(), locale));
        page.addObject("path", request.getRequestURI());
        return page;
    }

    /** An address nothing answers: the HTML 404 page, or a problem detail under the JSON API. */
    @ExceptionHandler(NoResourceFoundException.class)
    Object noSuchPath(HttpServletRequest request) {
        if (isApi(request)) {
            return problem(HttpStatus.NOT_FOUND, "There is no API resource at " + request.getRequestURI()
                    + "; docs/api.md and /v3/api-docs list them");
        }
        ModelAndView page = new ModelAndView("error/404", HttpStatus.NOT_FOUND);
        page.addObject("path", request.getRequestURI());
        return page;
    }

    /** GET (and HEAD) is all this site answers: say so, as a page or a problem detail. */
    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    Object wrongMethod(HttpRequestMethodNotSupportedException e, HttpServletRequest request) {
        String detail = "The method " + e.getMethod() + " is not allowed here; use " + String.join(" or ",
                e.getSupportedMethods() == null ? new String[]{"GET"} : e.getSupportedMethods());
        if (isApi(request)) {
            return problem(HttpStatus.METHOD_NOT_ALLOWED, detail);
        }
        ModelAndView page = new ModelAndView("error", HttpStatus.METHOD_NOT_ALLOWED);
        page.addObject("status", HttpStatus.METHOD_NOT_ALLOWED.value());
        page.addObject("error", detail);
        return page;
    }

    private static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith("/api/");
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(ProblemDetail.forStatusAndDetail(status, detail));
    }
}
