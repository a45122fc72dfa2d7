package org.beachhead.export;

import jakarta.servlet.http.HttpServletResponse;
import org.beachhead.common.BadParameterException;
import org.beachhead.common.QueryParameters.Codes;
import org.beachhead.common.QueryParameters.Order;
import org.beachhead.common.QueryParameters.Slugs;
import org.beachhead.deal.DealFilter;
import org.beachhead.model.DealStatus;
import org.beachhead.model.DealType;
import org.beachhead.model.Certainty;
import org.beachhead.model.EventKind;
import org.beachhead.timeline.TimelineFilter;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSource;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.SequenceWriter;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Downloads for researchers' own tools: the timeline and the deals as CSV or JSON, with the same
 * filters as their pages, and the whole corpus as one JSON document. What holds the whole corpus
 * is sent from a file written once per import ({@link WholeCorpusFiles}); a filtered download is
 * written to the client row by row as it is read. Neither is ever held whole in memory.
 */
@RestController
class ExportController {

    private final ExportService exports;
    private final WholeCorpusFiles wholeCorpus;
    private final JsonMapper json;
    private final MessageSource messages;

    ExportController(ExportService exports, WholeCorpusFiles wholeCorpus, JsonMapper json, MessageSource messages) {
        this.exports = exports;
        this.wholeCorpus = wholeCorpus;
        this.json = json;
        this.messages = messages;
    }

    /** @return the file of the whole timeline, or null when the filtered rows have been written to {@code response} */
    @GetMapping("/timeline.{format:csv|json}")
    ResponseEntity<Resource> timeline(@PathVariable String format,
                                      @RequestParam(name = "partner", required = false) Slugs partner,
                                      @RequestParam(name = "kind", required = false) Codes<EventKind> kind,
                                      @RequestParam(name = "certainty", required = false) Codes<Certainty> certainty,
                                      @RequestParam(name = "from", required = false) Year from,
                                      @RequestParam(name = "to", required = false) Year to,
                                      @RequestParam(name = "order", required = false) Order order,
                                      HttpServletResponse response) {
        TimelineFilter filter = TimelineFilter.of(partner, kind, certainty, from, to, order);
        RowsFormat rows = RowsFormat.of(format);
        if (filter.equals(TimelineFilter.NONE)) {
            return whole(WholeCorpusFiles.Download.timeline(rows));
        }
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
        exports.writeTimeline(filter, () -> open(response, "timeline", words, rows, TimelineRow.class));
        return null;
    }

    /** @return the file of all the deals, or null when the filtered rows have been written to {@code response} */
    @GetMapping("/deals.{format:csv|json}")
    ResponseEntity<Resource> deals(@PathVariable String format,
                                   @RequestParam(name = "partner", required = false) Slugs partner,
                                   @RequestParam(name = "status", required = false) Codes<DealStatus> status,
                                   @RequestParam(name = "type", required = false) Codes<DealType> type,
                                   HttpServletResponse response) {
        DealFilter filter = DealFilter.of(partner, status, type);
        RowsFormat rows = RowsFormat.of(format);
        if (filter.equals(DealFilter.NONE)) {
            return whole(WholeCorpusFiles.Download.deals(rows));
        }
        List<String> words = new ArrayList<>(filter.partners());
        filter.statuses().forEach(s -> words.add(s.code()));
        filter.types().forEach(t -> words.add(t.code()));
        exports.writeDeals(filter, () -> open(response, "deals", words, rows, DealRow.class));
        return null;
    }

    @GetMapping("/dataset.json")
    ResponseEntity<Resource> dataset() {
        return whole(WholeCorpusFiles.Download.DATASET_JSON);
    }

    /**
     * A malformed filter gets a problem document (RFC 9457) naming the parameter and the reason, in
     * English whatever the visitor's language: its readers are programs and their logs.
     */
    @ExceptionHandler({BadParameterException.class, TypeMismatchException.class})
    ProblemDetail badParameter(Exception failure) {
        BadParameterException e = BadParameterException.of(failure);
        String reason = e.reason(messages, Locale.ENGLISH);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                messages.getMessage("error.bad-request.parameter", List.of(e.parameter(), reason).toArray(), Locale.ENGLISH));
        problem.setTitle(messages.getMessage("error.bad-request.heading", null, Locale.ENGLISH));
        problem.setProperty("parameter", e.parameter());
        problem.setProperty("reason", reason);
        return problem;
    }

    /** The file, with its length, so a client can show progress (and resume, with a Range request). */
    private ResponseEntity<Resource> whole(WholeCorpusFiles.Download download) {
        return ResponseEntity.ok().headers(attachment(download.fileName())).contentType(download.format().mediaType())
                .body(new FileSystemResource(wholeCorpus.file(download)));
    }

    /**
     * Starts the answer of a filtered download, named after what it holds
     * ({@code beachhead-timeline-wasu-talks.csv}), and gives the writer of its rows.
     */
    private <T extends Record> SequenceWriter open(HttpServletResponse response, String what, List<String> filterWords,
                                                   RowsFormat format, Class<T> type) {
        List<String> words = new ArrayList<>(List.of("beachhead", what));
        words.addAll(filterWords);
        response.setContentType(format.mediaType().toString());
        attachment(String.join("-", words) + "." + format.extension())
                .forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
        try {
            return format.open(type, response.getOutputStream(), json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static HttpHeaders attachment(String fileName) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentDisposition(ContentDisposition.attachment().filename(fileName).build());
        return headers;
    }
}
