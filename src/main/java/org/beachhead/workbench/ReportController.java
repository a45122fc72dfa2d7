package org.beachhead.workbench;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.beachhead.common.BadParameterException;
import org.beachhead.web.NotCached;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.Locale;
import java.util.OptionalLong;

/**
 * A reader's "report a problem with this event": a form of its own beside the event page (which stays the same
 * cached answer for everyone), the report stored for the editors, and a thank-you page. No account is needed.
 */
@Controller
@NotCached
class ReportController {

    private final Reports reports;
    private final ReportLimit limit;
    private final MessageSource messages;

    ReportController(Reports reports, ReportLimit limit, MessageSource messages) {
        this.reports = reports;
        this.limit = limit;
        this.messages = messages;
    }

    @GetMapping("/events/{slug}/report")
    String form(@PathVariable String slug, Model model) {
        return form(reports.event(slug), "", null, model);
    }

    /** Sent: on to the thank-you page (a redirect, so a reload does not send it twice). Refused: the form again, with why. */
    @PostMapping("/events/{slug}/report")
    String send(@PathVariable String slug, @RequestParam(name = "text", required = false) String text, Model model,
                HttpServletRequest request, HttpServletResponse response, Locale locale) {
        EventTitle event = reports.event(slug);
        try {
            Reports.checkedText(text);
        } catch (BadParameterException bad) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return form(event, text, new FieldProblem(bad.parameter(), bad.reason(messages, locale)), model);
        }
        OptionalLong wait = limit.take(request.getRemoteAddr());
        if (wait.isPresent()) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(wait.getAsLong()));
            model.addAttribute("event", event);
            model.addAttribute("minutes", (wait.getAsLong() + 59) / 60);
            return "workbench/too-many";
        }
        reports.report(slug, text);
        return "redirect:/events/" + slug + "/report/thanks";
    }

    @GetMapping("/events/{slug}/report/thanks")
    String thanks(@PathVariable String slug, Model model) {
        model.addAttribute("event", reports.event(slug));
        return "workbench/thanks";
    }

    private static String form(EventTitle event, String text, FieldProblem problem, Model model) {
        model.addAttribute("event", event);
        model.addAttribute("text", text);
        model.addAttribute("problem", problem);
        model.addAttribute("minText", Reports.MIN_TEXT);
        model.addAttribute("maxText", Reports.MAX_TEXT);
        return "workbench/report";
    }

    /** A field the form refused, and why, in the reader's language; the page says "Parameter text: …" as every 400 does. */
    record FieldProblem(String parameter, String reason) {
    }
}
