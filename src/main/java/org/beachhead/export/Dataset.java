package org.beachhead.export;

import org.beachhead.corpus.Curation;
import org.beachhead.corpus.Curation.ArticleEntry;
import org.beachhead.corpus.Curation.DealEntry;
import org.beachhead.corpus.Curation.EventEntry;
import org.beachhead.corpus.Curation.PartnerEntry;
import org.beachhead.corpus.Curation.PersonEntry;
import org.beachhead.corpus.Curation.QuestionEntry;
import org.beachhead.corpus.Curation.RegulatorEntry;
import org.beachhead.corpus.Curation.RuleEntry;
import org.beachhead.corpus.Curation.TitleEntry;

import java.util.List;

/**
 * The whole corpus as one document (served at {@code /dataset.json}, described in docs/exports.md):
 * the {@link Curation} records, with every article's text and every quote's offsets, behind a format
 * number and the content hash of the corpus it was exported from. Written and read with
 * {@link org.beachhead.corpus.CurationJson}'s mapper.
 */
public record Dataset(int format, String contentHash, List<ArticleEntry> articles, List<PartnerEntry> partners,
                      List<PersonEntry> people, List<RegulatorEntry> regulators, List<RuleEntry> rules,
                      List<TitleEntry> titles, List<DealEntry> deals, List<EventEntry> events,
                      List<QuestionEntry> questions) {

    /** Raise it when the document changes in a way an older reader would misread. */
    public static final int FORMAT = 2;

    public Dataset(int format, String contentHash, Curation curation) {
        this(format, contentHash, curation.articles(), curation.partners(), curation.people(), curation.regulators(),
                curation.rules(), curation.titles(), curation.deals(), curation.events(), curation.questions());
    }

    public Curation curation() {
        return new Curation(articles, partners, people, regulators, rules, titles, deals, events, questions);
    }
}
