package org.beachhead.source;

import java.util.List;

/**
 * One article in the source reader: its facts and capture (file and hash), its text laid out with
 * the curated passages marked, and for each passage what it supports.
 */
public record SourcePage(ArticleFacts article, String publishedQuote, String fileName, String sha256,
                         SourceLayout.Reading reading, List<Passage> passages) {

    /** A marked passage and every use the curation makes of it. */
    public record Passage(Highlight highlight, String exact, List<ExcerptUse> uses) {
    }
}
