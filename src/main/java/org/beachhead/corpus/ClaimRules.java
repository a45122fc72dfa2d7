package org.beachhead.corpus;

import org.beachhead.corpus.Curation.DealEntry;
import org.beachhead.corpus.Curation.EventEntry;
import org.beachhead.corpus.Curation.LinkEntry;
import org.beachhead.corpus.Curation.QuestionEntry;
import org.beachhead.corpus.Curation.QuoteEntry;
import org.beachhead.corpus.Curation.RoleEntry;
import org.beachhead.corpus.Curation.RuleEntry;
import org.beachhead.corpus.Curation.SideEntry;
import org.beachhead.model.Attribution;
import org.beachhead.model.ClaimRelation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The claim rules the verifier can check from the text: whoever a claim is attributed to, every
 * organisation in a role and a rule's issuer must be named by an excerpt; links and questions name
 * events that exist; a revision links two claims of one speaker; outside knowledge stays in notes.
 */
final class ClaimRules {

    /** Where the verifier collects a problem: the entry's source (null for a dataset), its name, the key, the message. */
    interface Problems {
        void report(EntrySource source, String entry, String key, String message);
    }

    private static final String OUTSIDE_KNOWLEDGE = "outside knowledge";

    private final Curation curation;
    /** The entries checked; the others of {@link #curation} are looked up only. */
    private final Curation reviewed;
    private final Problems problems;
    /** The slugs of every event of the file, for the questions' sides. */
    private final Set<String> knownEvents;
    /** Every name, short name, Chinese name and alias by which a text may name an organisation, person or regulator. */
    private final Map<String, List<String>> partnerNames = new HashMap<>();
    private final Map<String, List<String>> personNames = new HashMap<>();
    private final Map<String, List<String>> regulatorNames = new HashMap<>();
    private final Map<String, EventEntry> events = new HashMap<>();
    /** The excerpts of each deal's events and of each rule's events, gathered in one pass over the events. */
    private final Map<String, List<String>> dealQuotes = new HashMap<>();
    private final Map<String, List<String>> ruleQuotes = new HashMap<>();

    ClaimRules(Curation curation, Curation reviewed, Set<String> knownEvents, Problems problems) {
        this.curation = curation;
        this.reviewed = reviewed;
        this.knownEvents = knownEvents;
        this.problems = problems;
        curation.partners().forEach(p -> partnerNames.put(p.slug(), names(p.name(), p.chineseName(), p.aliases())));
        curation.people().forEach(p -> personNames.put(p.slug(), names(p.name(), null, p.aliases())));
        curation.regulators().forEach(r -> regulatorNames.put(r.slug(),
                names(r.name(), r.chineseName(), r.shortName() == null ? List.of() : List.of(r.shortName()))));
        for (EventEntry event : curation.events()) {
            events.putIfAbsent(event.slug(), event);
            List<String> quotes = event.excerpts().stream().map(QuoteEntry::quote).toList();
            if (event.deal() != null) {
                dealQuotes.computeIfAbsent(event.deal(), slug -> new ArrayList<>()).addAll(quotes);
            }
            event.rules().forEach(rule -> ruleQuotes.computeIfAbsent(rule, slug -> new ArrayList<>()).addAll(quotes));
        }
    }

    void check() {
        reviewed.events().forEach(this::checkEvent);
        reviewed.deals().forEach(this::checkDeal);
        reviewed.rules().forEach(this::checkIssuer);
        checkQuestions();
        checkOutsideKnowledge();
    }

    private void checkEvent(EventEntry event) {
        String entry = "event '" + event.slug() + "'";
        List<String> excerpts = event.excerpts().stream().map(QuoteEntry::quote).toList();
        Set<String> seen = new HashSet<>();
        for (String party : event.partners()) {
            seen.add(party);
            requireNamed(partnerNames, party, "partner", "party", excerpts, event.source(), entry, "partners");
        }
        for (RoleEntry other : event.others()) {
            if (!seen.add(other.partner())) {
                problems.report(event.source(), entry, null, "partner '" + other.partner() + "' is given two roles");
            }
            requireNamed(partnerNames, other.partner(), "partner", other.role().code(), excerpts, event.source(), entry,
                    roleKey(other));
        }
        event.people().forEach(person ->
                requireNamed(personNames, person, "person", "named", excerpts, event.source(), entry, "people"));
        checkAttribution(event, entry, excerpts);
        for (LinkEntry link : event.links()) {
            checkLink(event, link, entry);
        }
    }

    private void checkAttribution(EventEntry event, String entry, List<String> excerpts) {
        Attribution attribution = event.claim().attribution();
        String speaker = event.claim().speaker();
        String relayedFrom = event.claim().relayedFrom();
        if (attribution == Attribution.QUOTED) {
            if (speaker == null) {
                problems.report(event.source(), entry, "attribution", "'speaker' is missing: say which person is quoted");
            } else {
                requireNamed(personNames, speaker, "person", "speaker", excerpts, event.source(), entry, "speaker");
            }
        } else if (speaker != null) {
            problems.report(event.source(), entry, "speaker", "'speaker' is only for an attribution of 'quoted'");
        }
        if (attribution == Attribution.RELAYED) {
            if (relayedFrom == null) {
                problems.report(event.source(), entry, "attribution",
                        "'relayed_from' is missing: give the words of an excerpt that name the relayed report");
            } else if (excerpts.stream().noneMatch(quote -> contains(quote, relayedFrom))) {
                problems.report(event.source(), entry, "relayed_from", "relayed_from \"" + relayedFrom
                        + "\" is not in any of the event's excerpts: an attribution needs a quote that names it");
            }
        } else if (relayedFrom != null) {
            problems.report(event.source(), entry, "relayed_from", "'relayed_from' is only for an attribution of 'relayed'");
        }
    }

    private void checkLink(EventEntry event, LinkEntry link, String entry) {
        String key = link.relation().code().replace('-', '_');
        EventEntry other = events.get(link.event());
        if (other == null) {
            problems.report(event.source(), entry, key, "unknown event '" + link.event() + "'");
        } else if (other == event) {
            problems.report(event.source(), entry, key, "an event cannot be linked to itself");
        } else if (link.relation() == ClaimRelation.REVISES && (event.claim().speaker() == null
                || !Objects.equals(event.claim().speaker(), other.claim().speaker()))) {
            problems.report(event.source(), entry, key, "'revises' links two claims of the same speaker, but '"
                    + link.event() + "' is not quoted from " + (event.claim().speaker() == null
                    ? "anyone this event quotes" : "'" + event.claim().speaker() + "'"));
        }
    }

    /** A deal's parties and other organisations are named by an excerpt of one of its events. */
    private void checkDeal(DealEntry deal) {
        List<String> excerpts = dealQuotes.getOrDefault(deal.slug(), List.of());
        String entry = "deal '" + deal.slug() + "'";
        deal.partners().forEach(party ->
                requireNamed(partnerNames, party, "partner", "party", excerpts, deal.source(), entry, "partners"));
        deal.others().forEach(other -> requireNamed(partnerNames, other.partner(), "partner", other.role().code(),
                excerpts, deal.source(), entry, roleKey(other)));
    }

    /** A rule's issuer is named by an excerpt of an event about the rule. */
    private void checkIssuer(RuleEntry rule) {
        if (rule.regulator() == null || !regulatorNames.containsKey(rule.regulator())) {
            return;
        }
        List<String> excerpts = ruleQuotes.getOrDefault(rule.slug(), List.of());
        if (excerpts.stream().noneMatch(quote -> namesAny(quote, regulatorNames.get(rule.regulator())))) {
            problems.report(rule.source(), "rule '" + rule.slug() + "'", "regulator", "regulator '" + rule.regulator()
                    + "' is not named in any excerpt of the rule's events: an issuer appears only where an excerpt names it");
        }
    }

    private void checkQuestions() {
        Set<String> slugs = new HashSet<>();
        for (QuestionEntry question : reviewed.questions()) {
            String entry = "question '" + question.slug() + "'";
            if (!slugs.add(question.slug())) {
                problems.report(question.source(), entry, "slug", "duplicate slug '" + question.slug() + "'");
            }
            if (question.sides().size() < 2) {
                problems.report(question.source(), entry, "sides", "a question needs at least two sides");
            }
            for (SideEntry side : question.sides()) {
                if (side.events().isEmpty()) {
                    problems.report(question.source(), entry, "sides", "the side \"" + side.answer() + "\" has no events");
                }
                side.events().stream().filter(slug -> !knownEvents.contains(slug)).forEach(slug ->
                        problems.report(question.source(), entry, "sides", "unknown event '" + slug + "'"));
            }
        }
    }

    /** Outside knowledge may explain a date or a publication, labelled, but never what a page states as claimed. */
    private void checkOutsideKnowledge() {
        Stream.of(
                reviewed.events().stream().map(e -> new Labelled(e.source(), "event '" + e.slug() + "'", "headline", e.headline())),
                reviewed.deals().stream().map(d -> new Labelled(d.source(), "deal '" + d.slug() + "'", "summary", d.summary())),
                reviewed.partners().stream().map(p -> new Labelled(p.source(), "partner '" + p.slug() + "'", "summary", p.summary())),
                reviewed.titles().stream().map(t -> new Labelled(t.source(), "title '" + t.slug() + "'", "summary", t.summary())),
                reviewed.rules().stream().map(r -> new Labelled(r.source(), "rule '" + r.slug() + "'", "summary", r.summary())),
                reviewed.regulators().stream().map(r -> new Labelled(r.source(), "regulator '" + r.slug() + "'", "summary", r.summary())))
                .flatMap(s -> s)
                .filter(text -> text.value() != null && contains(text.value(), OUTSIDE_KNOWLEDGE))
                .forEach(text -> problems.report(text.source(), text.entry(), text.key(),
                        "outside knowledge belongs in a note (date_note or published_note), not in the " + text.key()));
    }

    private record Labelled(EntrySource source, String entry, String key, String value) {
    }

    private void requireNamed(Map<String, List<String>> names, String slug, String kind, String role,
                              List<String> excerpts, EntrySource source, String entry, String key) {
        List<String> known = names.get(slug);
        if (known == null) {
            return; // an unknown slug is reported by the reference checks
        }
        if (excerpts.stream().noneMatch(quote -> namesAny(quote, known))) {
            problems.report(source, entry, key, kind + " '" + slug + "' (" + role + ") is not named in any of the "
                    + (entry.startsWith("deal") ? "deal's events' " : "event's ") + "excerpts: a " + kind
                    + " appears only where a quote names it");
        }
    }

    private static String roleKey(RoleEntry other) {
        return switch (other.role()) {
            case BACKER -> "backers";
            case RIVAL -> "rivals";
            case SUPPLIER -> "suppliers";
            case MENTIONED -> "mentioned";
            case PARTY -> "partners";
        };
    }

    private static boolean namesAny(String quote, List<String> names) {
        return names.stream().anyMatch(name -> contains(quote, name));
    }

    /** Case-insensitive, over the forms quotes are matched in (folded white space, straight quote marks). */
    private static boolean contains(String text, String words) {
        return NormalizedText.normalizeQuote(text).toLowerCase(Locale.ROOT)
                .contains(NormalizedText.normalizeQuote(words).toLowerCase(Locale.ROOT));
    }

    private static List<String> names(String name, String chineseName, List<String> aliases) {
        List<String> names = new ArrayList<>(aliases);
        names.add(name);
        if (chineseName != null) {
            names.add(chineseName);
        }
        return names;
    }
}
