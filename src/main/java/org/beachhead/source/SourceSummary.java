package org.beachhead.source;

/** An article as the list of sources shows it: its facts and how many events it is evidence for. */
public record SourceSummary(ArticleFacts article, long events) {
}
