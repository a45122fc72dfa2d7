package org.beachhead.source;

import org.beachhead.model.TextSpan;
import org.beachhead.common.BadParameterException;
import org.beachhead.common.NotFoundException;
import org.beachhead.common.OffsetWindow;
import org.beachhead.common.PageWindow;
import org.beachhead.common.Slice;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

    /**
     * The {@code page}-th page of the articles, oldest first.
     *
     * @throws BadParameterException when the list has no such page
     */
    @Transactional(readOnly = true)
    public SourceList page(int page) {
        long total = count();
        PageWindow pages = PageWindow.of("/sources", page, total, PAGE_SIZE);
        return new SourceList(summaries(pages.offset(), PAGE_SIZE), total, pages);
    }

    /**
     * At most {@code size} articles from position {@code offset} (from 0; none past the end), ordered as
     * {@link #page}, with how many there are in all: for the API.
     */
    @Transactional(readOnly = true)
    public Slice<SourceSummary> slice(long offset, int size) {
        return Slice.of(offset, size, count(), this::summaries);
    }

    private long count() {
        return rows.count();
    }

    private List<SourceSummary> summaries(int offset, int size) {
        return rows.summaries(new OffsetWindow(offset, size));
    }

    /** @throws NotFoundException when no article has this slug */
    @Transactional(readOnly = true)
    public SourcePage source(String slug) {
        SourceCapture capture = capture(slug);
        List<SourcePage.Passage> passages = passages(capture.excerpts());
        List<Highlight> highlights = passages.stream().map(SourcePage.Passage::highlight).toList();
        return new SourcePage(capture.article(), capture.publishedQuote(), capture.fileName(), capture.sha256(),
                SourceLayout.of(capture.text(), capture.body(), highlights), passages);
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

    /** One passage per distinct span, numbered in text order, each with all its uses. */
    private static List<SourcePage.Passage> passages(List<ExcerptUse> uses) {
        Map<TextSpan, List<ExcerptUse>> bySpan = new LinkedHashMap<>();
        uses.forEach(use -> bySpan.computeIfAbsent(use.span(), span -> new ArrayList<>()).add(use));
        List<SourcePage.Passage> passages = new ArrayList<>(bySpan.size());
        bySpan.forEach((span, spanUses) -> passages.add(
                new SourcePage.Passage(new Highlight(passages.size() + 1, span), spanUses.get(0).exact(), spanUses)));
        return passages;
    }
}
