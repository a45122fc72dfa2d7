package org.beachhead.export;

import org.beachhead.common.BadParameterException;
import org.beachhead.deal.DealFilter;
import org.beachhead.timeline.TimelineFilter;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Downloads for researchers' own tools: the timeline and the deals as CSV or JSON, with the same
 * filters as their pages, and the whole corpus as one JSON document.
 */
@RestController
class ExportController {

    static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8;header=present");

    private final ExportService exports;
    private final DatasetExporter dataset;
    private final MessageSource messages;

    ExportController(ExportService exports, DatasetExporter dataset, MessageSource messages) {
        this.exports = exports;
        this.dataset = dataset;
        this.messages = messages;
    }

    @GetMapping("/timeline.{format:csv|json}")
    ResponseEntity<?> timeline(@PathVariable String format,
                               @RequestParam(name = "partner", required = false) List<String> partner,
                               @RequestParam(name = "kind", required = false) List<String> kind,
                               @RequestParam(name = "from", required = false) String from,
                               @RequestParam(name = "to", required = false) String to,
                               @RequestParam(name = "order", required = false) String order) {
        TimelineFilter filter = TimelineFilter.parse(partner, kind, from, to, order);
        List<String> words = new ArrayList<>(filter.partners());
        filter.kinds().forEach(k -> words.add(k.code()));
        if (filter.from() != null) {
            words.add("from-" + filter.from());
        }
        if (filter.to() != null) {
            words.add("to-" + filter.to());
        }
        if (filter.newestFirst()) {
            words.add("newest-first");
        }
        return download("timeline", words, format, TimelineRow.class, exports.timelineRows(filter));
    }

    @GetMapping("/deals.{format:csv|json}")
    ResponseEntity<?> deals(@PathVariable String format,
                            @RequestParam(name = "partner", required = false) List<String> partner,
                            @RequestParam(name = "status", required = false) List<String> status,
                            @RequestParam(name = "type", required = false) List<String> type) {
        DealFilter filter = DealFilter.parse(partner, status, type);
        List<String> words = new ArrayList<>(filter.partners());
        filter.statuses().forEach(s -> words.add(s.code()));
        filter.types().forEach(t -> words.add(t.code()));
        return download("deals", words, format, DealRow.class, exports.dealRows(filter));
    }

    @GetMapping("/dataset.json")
    ResponseEntity<Dataset> dataset() {
        return ResponseEntity.ok().headers(attachment("beachhead-dataset.json"))
                .contentType(MediaType.APPLICATION_JSON).body(dataset.export());
    }

    /**
     * A malformed filter gets a problem document (RFC 9457) naming the parameter and the reason, in
     * English whatever the visitor's language: its readers are programs and their logs.
     */
    @ExceptionHandler(BadParameterException.class)
    ProblemDetail badParameter(BadParameterException e) {
        String reason = messages.getMessage(e.reasonCode(), e.reasonArguments(), e.reasonCode(), Locale.ENGLISH);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                messages.getMessage("error.bad-request.parameter", new Object[]{e.parameter(), reason}, Locale.ENGLISH));
        problem.setTitle(messages.getMessage("error.bad-request.heading", null, Locale.ENGLISH));
        problem.setProperty("parameter", e.parameter());
        problem.setProperty("reason", reason);
        return problem;
    }

    /** The rows as CSV or JSON, named after what they hold: {@code beachhead-timeline-wasu-talks.csv}. */
    private static <T extends Record> ResponseEntity<?> download(String what, List<String> filterWords, String format,
                                                                 Class<T> type, List<T> rows) {
        List<String> words = new ArrayList<>(List.of("beachhead", what));
        words.addAll(filterWords);
        ResponseEntity.BodyBuilder response = ResponseEntity.ok().headers(attachment(String.join("-", words) + "." + format));
        return "csv".equals(format)
                ? response.contentType(CSV).body(CsvRows.write(type, rows))
                : response.contentType(MediaType.APPLICATION_JSON).body(rows);
    }

    private static HttpHeaders attachment(String fileName) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentDisposition(ContentDisposition.attachment().filename(fileName).build());
        return headers;
    }
}
