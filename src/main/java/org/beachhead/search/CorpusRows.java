package org.beachhead.search;

import org.beachhead.common.Text;
import org.beachhead.common.PartialDate;

/** The rows {@link SearchCorpus} reads, one record type per statement. */
final class CorpusRows {

    private CorpusRows() {
    }

    record EventRow(long id, String slug, Text headline, PartialDate date) {
    }

    /** An evidence excerpt of an event, with where it lies in its article. */
    record ExcerptRow(long eventId, long articleId, String exact, int start, int end) {
    }

    /** An entity an event or a deal involves: the owner's id and the entity's slug and names. */
    record InvolvedRow(long ownerId, String slug, String name, String otherName) {
    }

    /** A name an entity (by its slug) is also known by. */
    record AliasRow(String slug, String alias) {
    }

    /** An event a person (by slug) appears in. */
    record Appearance(String person, String event, Text headline, PartialDate date) {
    }

    record EntityRow(long id, String slug, String name, String otherName) {
    }

    record RegulatorRow(String slug, String shortName, String name, String chineseName) {
    }

    record RuleRow(String slug, String name, String chineseName, String regulatorName, String regulatorChineseName) {
    }

    /** An article without its text, to put the articles in reading order before reading their texts in batches. */
    record ArticleRow(long id, String slug, String publisher, Text headline, PartialDate published) {
    }

    record ArticleText(long id, String text) {
    }

    record SegmentRow(long articleId, int position, int start, int end) {
    }
}
