package org.beachhead.source;

import org.beachhead.model.TextSpan;
import org.beachhead.common.NotFoundException;
import org.beachhead.common.PageWindow;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

@Service
public class SourceService {

    private final SourceRows rows;
    private final ExcerptQueries excerpts;

    SourceService(SourceRows rows, ExcerptQueries excerpts) {
        this.rows = rows;
        this.excerpts = excerpts;
    }

    /** Articles the sources list shows a page. */
    public static final int PAGE_SIZE = 100;

    /** One page of the sources list, with how many articles there are in all. */
    public record SourceList(List<SourceSummary> sources, long total, PageWindow pages) {
    }

    /** Page {@code page} of the articles, oldest first, {@code size} a page; nothing is read past the end. */
    @Transactional(readOnly = true)
    public SourceList page(int page, int size) {
        PageWindow pages = new PageWindow("/sources", page, size, rows.count());
        return new SourceList(pages.pastEnd() ? List.of() : rows.summaries(pages.rows()), pages.total(), pages);
    }

    /** @throws NotFoundException when no article has this slug */
    @Transactional(readOnly = true)
    public SourcePage source(String slug) {
        SourceCapture capture = capture(slug);
        List<SourcePage.Passage> passages = passages(capture.excerpts());
        List<Highlight> highlights = passages.stream().map(SourcePage.Passage::highlight).toList();
        return new SourcePage(capture.article(), capture.publishedQuote(), capture.fileName(), capture.sha256(),
                SourceLayout.reading(SourceLayout.of(capture.text(), capture.body(), highlights)), passages);
    }

    /**
     * An article as stored: its facts, its verbatim text, the segments of it that are the story and
     * every excerpt of it, in three queries.
     *
     * @throws NotFoundException when no article has this slug
     */
    @Transactional(readOnly = true)
    public SourceCapture capture(String slug) {
        SourceRows.CaptureRow row = rows.capture(slug).orElseThrow(() -> new NotFoundException("source", slug));
        return new SourceCapture(row.facts(), row.publishedQuote(), row.fileName(), row.sha256(), row.text(),
                rows.body(row.id()), excerpts.inArticle(row.id()));
    }

    /**
     * One passage per distinct span, each with all its uses, numbered in reading order: by where it
     * ends, as its number stands there in the text (then by where it starts).
     */
    private static List<SourcePage.Passage> passages(List<ExcerptUse> uses) {
        Map<TextSpan, List<ExcerptUse>> bySpan = new TreeMap<>(Comparator.comparingInt(TextSpan::end).thenComparingInt(TextSpan::start));
        uses.forEach(use -> bySpan.computeIfAbsent(use.span(), span -> new ArrayList<>()).add(use));
        List<SourcePage.Passage> passages = new ArrayList<>(bySpan.size());
        bySpan.forEach((span, spanUses) -> passages.add(
                new SourcePage.Passage(new Highlight(passages.size() + 1, span), spanUses.get(0).exact(), spanUses)));
        return passages;
    }
}
