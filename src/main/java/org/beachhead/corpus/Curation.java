package org.beachhead.corpus;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.beachhead.common.DateBasis;
import org.beachhead.common.PartialDate;
import org.beachhead.model.Attribution;
import org.beachhead.model.Certainty;
import org.beachhead.model.ClaimRelation;
import org.beachhead.model.DealStatus;
import org.beachhead.model.DealType;
import org.beachhead.model.EventKind;
import org.beachhead.model.PartnerKind;
import org.beachhead.model.Role;
import org.beachhead.model.TitleFormat;

import java.util.List;

/**
 * The curation schema, declared once: what the curators say the articles support. The YAML reader
 * builds it from the curation file, the verifier checks it, the importer loads it, and the dataset
 * document ({@code /dataset.json}) is these records as JSON ({@link CurationJson}), exported from the
 * database and read back for an import.
 * <p>
 * Read from a curation file, every entry keeps its {@link EntrySource} (its lines; never written as
 * JSON) and body segments are named by anchors. Read from a dataset, an article carries its text and
 * body segments and quotes their offsets; entries have no source, so problems name them by slug alone.
 */
public record Curation(List<ArticleEntry> articles, List<PartnerEntry> partners, List<PersonEntry> people,
                       List<RegulatorEntry> regulators, List<RuleEntry> rules, List<TitleEntry> titles,
                       List<DealEntry> deals, List<EventEntry> events, List<QuestionEntry> questions) {

    public Curation {
        articles = orEmpty(articles);
        partners = orEmpty(partners);
        people = orEmpty(people);
        regulators = orEmpty(regulators);
        rules = orEmpty(rules);
        titles = orEmpty(titles);
        deals = orEmpty(deals);
        events = orEmpty(events);
        questions = orEmpty(questions);
    }

    /** A verbatim passage of an article; offsets ({@code start} inclusive, {@code end} exclusive) only once located. */
    public record QuoteEntry(String article, String quote, Integer start, Integer end, @JsonIgnore EntrySource source) {
    }

    /** A span of the article that is the story: by its anchors in a curation file, by its offsets in a dataset. */
    public record BodyEntry(@JsonIgnore String from, @JsonIgnore String to, Integer start, Integer end,
                            @JsonIgnore EntrySource source) {
    }

    /** {@code sha256} and {@code text} are those of the article file; a curation file leaves them to the file itself. */
    public record ArticleEntry(String slug, String file, String sha256, String headline, String headlineZh,
                               boolean headlineSupplied, String publisher, PartialDate published,
                               DateBasis publishedBasis, String publishedNote, String publishedNoteZh,
                               String publishedQuote, String text, List<BodyEntry> body,
                               @JsonIgnore EntrySource source) {
    }

    public record PartnerEntry(String slug, String name, String chineseName, List<String> aliases, PartnerKind kind,
                               String summary, String summaryZh, List<QuoteEntry> about, @JsonIgnore EntrySource source) {
    }

    public record PersonEntry(String slug, String name, String chineseName, String role, String roleZh,
                              List<String> aliases, @JsonIgnore EntrySource source) {
    }

    public record RegulatorEntry(String slug, String name, String shortName, String chineseName, String summary,
                                 String summaryZh, List<QuoteEntry> about, @JsonIgnore EntrySource source) {
    }

    public record RuleEntry(String slug, String name, String chineseName, String regulator, String summary,
                            String summaryZh, @JsonIgnore EntrySource source) {
    }

    public record TitleEntry(String slug, String name, String chineseName, List<String> aliases, TitleFormat format,
                             String origin, String originZh, String episodes, String episodesZh, String summary,
                             String summaryZh, @JsonIgnore EntrySource source) {
    }

    /** Partners (the parties), other organisations by role, and titles by slug. */
    public record DealEntry(String slug, String name, String chineseName, DealType type, DealStatus status,
                            boolean netflixParty, List<String> partners, List<RoleEntry> others, List<String> titles,
                            String summary, String summaryZh, @JsonIgnore EntrySource source) {
    }

    /**
     * Everything an event links to by slug; {@code partners} are its parties and {@code others} the
     * organisations in other roles; {@code excerpts} in their curated order, the first shown on cards;
     * {@code key} is true for a key event of the story, and null otherwise (a dataset leaves it out).
     */
    public record EventEntry(String slug, PartialDate date, DateBasis datedBy, String dateNote, String dateNoteZh,
                             QuoteEntry dateQuote, EventKind kind, String headline, String headlineZh,
                             ClaimEntry claim, String deal, List<String> partners, List<RoleEntry> others,
                             List<String> titles, List<String> regulators, List<String> rules,
                             List<String> people, List<LinkEntry> links,
                             @JsonInclude(JsonInclude.Include.NON_NULL) Boolean key, List<QuoteEntry> excerpts,
                             @JsonIgnore EntrySource source) {
    }

    /** Who makes the event's claim ({@code speaker} a person's slug, {@code relayedFrom} the text's words) and how sure. */
    public record ClaimEntry(Attribution attribution, String speaker, String relayedFrom, Certainty certainty) {
    }

    /** An organisation by slug in a role other than party. */
    public record RoleEntry(String partner, Role role) {
    }

    /** This event's claim bears on another's, by its slug. */
    public record LinkEntry(String event, ClaimRelation relation) {
    }

    /** An open question and its sides, in order. */
    public record QuestionEntry(String slug, String question, String questionZh, List<SideEntry> sides,
                                @JsonIgnore EntrySource source) {
    }

    /** One answer to a question, in the curators' words, and the events (by slug) whose excerpts give it. */
    public record SideEntry(String answer, String answerZh, List<String> events) {
    }

    /** A document may leave out an empty list. */
    static <T> List<T> orEmpty(List<T> items) {
        return items == null ? List.of() : items;
    }
}
