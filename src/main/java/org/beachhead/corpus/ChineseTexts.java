package org.beachhead.corpus;

import org.beachhead.corpus.Curation.ArticleEntry;
import org.beachhead.corpus.Curation.DealEntry;
import org.beachhead.corpus.Curation.EventEntry;
import org.beachhead.corpus.Curation.PartnerEntry;
import org.beachhead.corpus.Curation.PersonEntry;
import org.beachhead.corpus.Curation.QuestionEntry;
import org.beachhead.corpus.Curation.RegulatorEntry;
import org.beachhead.corpus.Curation.RuleEntry;
import org.beachhead.corpus.Curation.SideEntry;
import org.beachhead.corpus.Curation.TitleEntry;

/**
 * Every text the curators write has its Chinese text beside it ({@code headline} and
 * {@code headline_zh}), so a Chinese page never falls back to English. A missing one is reported at
 * the line of the English text it should translate. Names are not texts: a Chinese name is given
 * where a standard one exists, and otherwise the original name serves both languages.
 */
final class ChineseTexts {

    private final ClaimRules.Problems problems;

    ChineseTexts(ClaimRules.Problems problems) {
        this.problems = problems;
    }

    void check(Curation curation) {
        for (ArticleEntry a : curation.articles()) {
            String name = "article '" + a.slug() + "'";
            if (a.headlineSupplied()) {
                require(a.source(), name, "headline", a.headline(), a.headlineZh());
            }
            require(a.source(), name, "published_note", a.publishedNote(), a.publishedNoteZh());
        }
        for (PartnerEntry p : curation.partners()) {
            require(p.source(), "partner '" + p.slug() + "'", "summary", p.summary(), p.summaryZh());
        }
        for (PersonEntry p : curation.people()) {
            require(p.source(), "person '" + p.slug() + "'", "role", p.role(), p.roleZh());
        }
        for (RegulatorEntry r : curation.regulators()) {
            require(r.source(), "regulator '" + r.slug() + "'", "summary", r.summary(), r.summaryZh());
        }
        for (RuleEntry r : curation.rules()) {
            String name = "rule '" + r.slug() + "'";
            require(r.source(), name, "name", r.name(), r.chineseName(), "chinese_name");
            require(r.source(), name, "summary", r.summary(), r.summaryZh());
        }
        for (TitleEntry t : curation.titles()) {
            String name = "title '" + t.slug() + "'";
            require(t.source(), name, "origin", t.origin(), t.originZh());
            require(t.source(), name, "episodes", t.episodes(), t.episodesZh());
            require(t.source(), name, "summary", t.summary(), t.summaryZh());
        }
        for (DealEntry d : curation.deals()) {
            String name = "deal '" + d.slug() + "'";
            require(d.source(), name, "name", d.name(), d.chineseName(), "chinese_name");
            require(d.source(), name, "summary", d.summary(), d.summaryZh());
        }
        for (EventEntry e : curation.events()) {
            String name = "event '" + e.slug() + "'";
            require(e.source(), name, "headline", e.headline(), e.headlineZh());
            require(e.source(), name, "date_note", e.dateNote(), e.dateNoteZh());
        }
        for (QuestionEntry q : curation.questions()) {
            String name = "question '" + q.slug() + "'";
            require(q.source(), name, "question", q.question(), q.questionZh());
            for (SideEntry side : q.sides()) {
                // Sides keep no lines of their own: the problem points at the question's sides.
                if (missing(side.answer(), side.answerZh())) {
                    problems.report(q.source(), name, "sides", "'answer_zh' is missing: the Chinese text of the answer '"
                            + side.answer() + "'");
                }
            }
        }
    }

    private void require(EntrySource source, String entry, String key, String english, String chinese) {
        require(source, entry, key, english, chinese, key + "_zh");
    }

    private void require(EntrySource source, String entry, String key, String english, String chinese, String chineseKey) {
        if (missing(english, chinese)) {
            problems.report(source, entry, key, "'" + chineseKey + "' is missing: the Chinese text of '" + key + "'");
        }
    }

    private static boolean missing(String english, String chinese) {
        return english != null && (chinese == null || chinese.isBlank());
    }
}
