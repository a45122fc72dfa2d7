package org.beachhead.corpus;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * What a new corpus would remove from the one loaded before without declaring it: a curation file
 * cut short or a slip of the editor must not shrink the served corpus. Removal is declared under
 * {@code retired:} in the curation file, or allowed for one start with
 * {@code beachhead.corpus.allow-removals=true}.
 */
final class Removals {

    /** How many removed slugs a problem names before it only counts the rest. */
    private static final int NAMED = 20;
    private static final String HOW = " (or start once with --beachhead.corpus.allow-removals=true); the corpus"
            + " loaded before is kept until then";

    private Removals() {
    }

    static List<CorpusProblem> undeclared(LoadedContent loaded, VerifiedCorpus corpus) {
        Curation curation = corpus.curation();
        Retired retired = corpus.retired();
        List<CorpusProblem> problems = new ArrayList<>();
        removed(corpus, "articles", loaded.articles(), slugs(curation.articles(), Curation.ArticleEntry::slug),
                retired.articles()).ifPresent(problems::add);
        removed(corpus, "events", loaded.events(), slugs(curation.events(), Curation.EventEntry::slug),
                retired.events()).ifPresent(problems::add);
        removed(corpus, "deals", loaded.deals(), slugs(curation.deals(), Curation.DealEntry::slug),
                retired.deals()).ifPresent(problems::add);

        Map<String, Integer> now = new HashMap<>();
        curation.events().forEach(event -> now.put("event " + event.slug(),
                event.excerpts().size() + (event.dateQuote() == null ? 0 : 1)));
        curation.partners().forEach(partner -> now.put("partner " + partner.slug(), partner.about().size()));
        curation.regulators().forEach(regulator -> now.put("regulator " + regulator.slug(), regulator.about().size()));
        Set<String> fewer = new TreeSet<>();
        long lost = 0;
        for (LoadedContent.Excerpts before : loaded.excerpts()) {
            String slug = before.owner().substring(before.owner().indexOf(' ') + 1);
            boolean ownerRetired = before.owner().startsWith("event ") && retired.events().contains(slug);
            long remaining = now.getOrDefault(before.owner(), 0);
            if (remaining < before.count() && !ownerRetired && !retired.excerpts().contains(slug)) {
                fewer.add(before.owner());
                lost += before.count() - remaining;
            }
        }
        if (!fewer.isEmpty()) {
            problems.add(new CorpusProblem(corpus.location(), 0, "", "the new corpus would remove " + lost
                    + " excerpt(s) of " + named(fewer) + "; list their slugs under 'retired: excerpts:' if that is"
                    + " meant" + HOW));
        }
        return problems;
    }

    private static Optional<CorpusProblem> removed(VerifiedCorpus corpus, String kind, List<String> before,
                                                             Set<String> after, Set<String> retired) {
        Set<String> gone = new TreeSet<>(before);
        gone.removeAll(after);
        gone.removeAll(retired);
        if (gone.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new CorpusProblem(corpus.location(), 0, "", "the new corpus would remove "
                + gone.size() + " of the " + before.size() + " " + kind + " loaded before: " + named(gone)
                + "; list them under 'retired: " + kind + ":' if that is meant" + HOW));
    }

    private static <T> Set<String> slugs(List<T> entries, Function<T, String> slug) {
        Set<String> slugs = new HashSet<>();
        entries.forEach(entry -> slugs.add(slug.apply(entry)));
        return slugs;
    }

    private static String named(Set<String> slugs) {
        List<String> first = slugs.stream().limit(NAMED).toList();
        return String.join(", ", first) + (slugs.size() > NAMED ? " and " + (slugs.size() - NAMED) + " more" : "");
    }
}
