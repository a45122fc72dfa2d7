package org.beachhead.corpus;

import org.beachhead.model.TextSpan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Finds every sentence of an article's body that names a partner, title, regulator or person by
 * any of its names, so that nothing in the corpus is out of reach even where no curated event
 * cites it. A Latin-script name matches only as a whole word ("Wasu" never inside "Wasuabc");
 * names of four letters or more ignore case ("IQIYI" is iQiyi), shorter ones ("Ma", "HBO") must
 * match case exactly; a Chinese name matches wherever it occurs, since Chinese has no spaces.
 * <p>
 * The names are indexed once by their first word (Chinese names by their first character), so a
 * sentence is read once whatever the number of subjects: a regular expression per subject made
 * the import of a corpus with a thousand subjects take minutes.
 */
final class MentionFinder {

    /** Something the corpus can mention: its kind ("partner", "title", "regulator", "person"), slug and names. */
    record Subject(String kind, String slug, List<String> names) {
    }

    /** One name found in one sentence. */
    record Found(Subject subject, TextSpan sentence, TextSpan match) {
    }

    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");
    private static final int CASE_SENSITIVE_BELOW = 4;

    /** One name of one subject, as the words that must follow each other with white space between. */
    private record Name(int subject, List<String> words, int length, boolean chinese, boolean ignoreCase) {

        /** Where the name ends if it starts at {@code at}, or -1. */
        int endAt(String text, int at, int limit) {
            int position = at;
            for (int i = 0; i < words.size(); i++) {
                if (i > 0) {
                    int afterSpace = position;
                    while (afterSpace < limit && isRegexWhiteSpace(text.charAt(afterSpace))) {
                        afterSpace++;
                    }
                    if (afterSpace == position) {
                        return -1;
                    }
                    position = afterSpace;
                }
                String word = words.get(i);
                if (position + word.length() > limit || !text.regionMatches(ignoreCase, position, word, 0, word.length())) {
                    return -1;
                }
                position += word.length();
            }
            return chinese || position == limit || !isWordCharacter(text.codePointAt(position)) ? position : -1;
        }
    }

    /** Within a subject, longest first, so "Wasu Media" wins over "Wasu" where both start. */
    private static final Comparator<Name> TRY_ORDER = Comparator.comparingInt(Name::subject)
            .thenComparing(Comparator.comparingInt(Name::length).reversed());

    private final List<Subject> subjects;
    /** Latin-script names by their first word's leading letters and digits, lower-cased. */
    private final Map<String, List<Name>> byFirstWord = new HashMap<>();
    /** Chinese names by their first character. */
    private final Map<Integer, List<Name>> byFirstCharacter = new HashMap<>();
    /** Latin-script names that start with neither a letter nor a digit: tried at every word boundary. */
    private final List<Name> unindexed = new ArrayList<>();

    MentionFinder(List<Subject> subjects) {
        this.subjects = List.copyOf(subjects);
        for (int i = 0; i < this.subjects.size(); i++) {
            for (String raw : this.subjects.get(i).names()) {
                String name = raw.strip();
                if (name.isEmpty()) {
                    continue;
                }
                Name indexed = new Name(i, List.of(WHITE_SPACE.split(name)), name.length(), HAN.matcher(name).find(),
                        name.length() >= CASE_SENSITIVE_BELOW);
                if (indexed.chinese()) {
                    byFirstCharacter.computeIfAbsent(name.codePointAt(0), c -> new ArrayList<>()).add(indexed);
                } else {
                    String key = leadingWord(name, 0, name.length());
                    (key.isEmpty() ? unindexed : byFirstWord.computeIfAbsent(key, k -> new ArrayList<>())).add(indexed);
                }
            }
        }
        byFirstWord.values().forEach(names -> names.sort(TRY_ORDER));
        byFirstCharacter.values().forEach(names -> names.sort(TRY_ORDER));
        unindexed.sort(TRY_ORDER);
    }

    List<Found> find(ArticleText article) {
        List<Found> found = new ArrayList<>();
        String text = article.original();
        for (TextSpan sentence : article.sentences()) {
            found.addAll(inSentence(text, sentence));
        }
        return found;
    }

    /** Each subject's matches left to right without overlapping one another, subjects in their given order. */
    private List<Found> inSentence(String text, TextSpan sentence) {
        List<int[]> matches = new ArrayList<>();
        Map<Integer, Integer> nextFree = new HashMap<>();
        int limit = sentence.end();
        for (int at = sentence.start(); at < limit; at = text.offsetByCodePoints(at, 1)) {
            // Most positions start no name: only a merge of several candidate lists needs a new list.
            List<Name> candidates = byFirstCharacter.getOrDefault(text.codePointAt(at), List.of());
            if (at == sentence.start() || !isWordCharacter(text.codePointBefore(at))) {
                List<Name> byWord = byFirstWord.getOrDefault(leadingWord(text, at, limit), List.of());
                if (!byWord.isEmpty() || !unindexed.isEmpty()) {
                    List<Name> merged = new ArrayList<>(candidates);
                    merged.addAll(byWord);
                    merged.addAll(unindexed);
                    merged.sort(TRY_ORDER);
                    candidates = merged;
                }
            }
            for (Name name : candidates) {
                if (at < nextFree.getOrDefault(name.subject(), 0)) {
                    continue;
                }
                int end = name.endAt(text, at, limit);
                if (end > at) {
                    matches.add(new int[]{name.subject(), at, end});
                    nextFree.put(name.subject(), end);
                }
            }
        }
        matches.sort(Comparator.<int[]>comparingInt(match -> match[0]).thenComparingInt(match -> match[1]));
        return matches.stream()
                .map(match -> new Found(subjects.get(match[0]), sentence, new TextSpan(match[1], match[2])))
                .toList();
    }

    /** The run of letters and digits starting at {@code at}, lower-cased: the key names are indexed by. */
    private static String leadingWord(String text, int at, int limit) {
        int end = at;
        while (end < limit && isWordCharacter(text.codePointAt(end))) {
            end = text.offsetByCodePoints(end, 1);
        }
        return text.substring(at, end).toLowerCase(Locale.ROOT);
    }

    private static boolean isWordCharacter(int codePoint) {
        int type = Character.getType(codePoint);
        return Character.isLetter(codePoint) || type == Character.DECIMAL_DIGIT_NUMBER
                || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }

    /** What {@code \s} matches in a Java regular expression without the Unicode flag. */
    private static boolean isRegexWhiteSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }
}
