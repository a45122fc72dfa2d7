package org.beachhead.corpus;

import org.beachhead.common.DateBasis;
import org.beachhead.common.PartialDate;
import org.beachhead.model.DealStatus;
import org.beachhead.model.DealType;
import org.beachhead.model.PartnerKind;
import org.beachhead.model.EventKind;
import org.beachhead.model.TitleFormat;

import java.util.List;

/**
 * The curation file as read, before verification: what the curators say the articles support.
 * Each entry keeps its {@link EntrySource source} so that a later check can point at its line.
 */
record Curation(String file, List<ArticleEntry> articles, List<PartnerEntry> partners, List<PersonEntry> people,
                List<RegulatorEntry> regulators, List<RuleEntry> rules, List<TitleEntry> titles,
                List<DealEntry> deals, List<EventEntry> events) {

    /** A verbatim quote the curator claims is in an article. */
    record QuoteEntry(EntrySource source, String article, String quote) {
    }

    record BodyEntry(EntrySource source, String from, String to) {
    }

    record ArticleEntry(EntrySource source, String slug, String file, String headline, boolean headlineSupplied,
                        String publisher, PartialDate published, DateBasis publishedBasis, String publishedNote,
                        String publishedQuote, List<BodyEntry> body) {
    }

    record PartnerEntry(EntrySource source, String slug, String name, String chineseName, List<String> aliases,
                        PartnerKind kind, String summary, List<QuoteEntry> about) {
    }

    record PersonEntry(EntrySource source, String slug, String name, String role, List<String> aliases) {
    }

    record RegulatorEntry(EntrySource source, String slug, String name, String shortName, String chineseName,
                          String summary, List<QuoteEntry> about) {
    }

    record RuleEntry(EntrySource source, String slug, String name, String regulator, String summary) {
    }

    record TitleEntry(EntrySource source, String slug, String name, String chineseName, List<String> aliases,
                      TitleFormat format, String origin, String episodes, String summary) {
    }

    record DealEntry(EntrySource source, String slug, String name, DealType type, DealStatus status,
                     boolean netflixParty, List<String> partners, List<String> titles, String summary) {
    }

    record EventEntry(EntrySource source, String slug, PartialDate date, DateBasis datedBy, String dateNote,
                      QuoteEntry dateQuote, EventKind kind, String headline, String deal, List<String> partners,
                      List<String> titles, List<String> regulators, List<String> rules, List<String> people,
                      List<QuoteEntry> excerpts) {
    }
}
