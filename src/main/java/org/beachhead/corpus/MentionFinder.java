package org.beachhead.corpus;

import org.beachhead.source.TextSpan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds every sentence of an article's body that names a partner, title, regulator or person by
 * any of its names, so that nothing in the corpus is out of reach even where no curated event
 * cites it. A Latin-script name matches only as a whole word ("Wasu" never inside "Wasuabc");
 * names of four letters or more ignore case ("IQIYI" is iQiyi), shorter ones ("Ma", "HBO") must
 * match case exactly; a Chinese name matches wherever it occurs, since Chinese has no spaces.
 */
final class MentionFinder {

    /** Something the corpus can mention: its kind ("partner", "title", "regulator", "person"), slug and names. */
    record Subject(String kind, String slug, List<String> names) {
    }

    /** One name found in one sentence. */
    record Found(Subject subject, TextSpan sentence, TextSpan match) {
    }

    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    private static final int CASE_SENSITIVE_BELOW = 4;

    private final List<Subject> subjects;
    private final List<Pattern> patterns;

    MentionFinder(List<Subject> subjects) {
        this.subjects = List.copyOf(subjects);
        this.patterns = this.subjects.stream().map(MentionFinder::pattern).toList();
    }

    List<Found> find(ArticleText article) {
        List<Found> found = new ArrayList<>();
        String text = article.original();
        for (TextSpan sentence : article.sentences()) {
            for (int i = 0; i < subjects.size(); i++) {
                Matcher matcher = patterns.get(i).matcher(text).region(sentence.start(), sentence.end());
                while (matcher.find()) {
                    found.add(new Found(subjects.get(i), sentence, new TextSpan(matcher.start(), matcher.end())));
                }
            }
        }
        return found;
    }

    /** One alternation of all a subject's names, longest first so "Wasu Media" wins over "Wasu". */
    private static Pattern pattern(Subject subject) {
        String alternatives = subject.names().stream()
                .filter(name -> !name.isBlank())
                .sorted(Comparator.comparingInt(String::length).reversed())
                .map(MentionFinder::alternative)
                .collect(Collectors.joining("|"));
        return Pattern.compile(alternatives.isEmpty() ? "(?!)" : alternatives);
    }

    private static String alternative(String name) {
        String words = List.of(name.strip().split("\\s+")).stream().map(Pattern::quote).collect(Collectors.joining("\\s+"));
        if (HAN.matcher(name).find()) {
            return "(?:" + words + ")";
        }
        String flags = name.strip().length() < CASE_SENSITIVE_BELOW ? "" : "(?iu)";
        return "(?<![\\p{L}\\p{N}])(?:" + flags + words + ")(?![\\p{L}\\p{N}])";
    }
}
