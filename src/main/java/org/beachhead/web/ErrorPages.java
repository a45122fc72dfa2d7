package org.beachhead.web;

import jakarta.servlet.http.HttpServletRequest;
import org.beachhead.common.BadParameterException;
import org.beachhead.common.NotFoundException;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

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
}
