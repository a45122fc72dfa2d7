package org.beachhead.export;

import org.beachhead.model.TextSpan;

import java.util.List;

/**
 * The whole corpus as one document (served at {@code /dataset.json}, described in docs/exports.md):
 * everything the curation file and the articles hold, so that loading it into an empty database
 * reproduces the same pages. Names follow the curation file's keys; codes ({@code kind},
 * {@code status} …) and dates are written as a curator writes them ({@code "c. 2015-05"}).
 * Quotes carry the article's exact characters and their offsets in its text.
 */
public record Dataset(int format, String contentHash, List<Article> articles, List<Partner> partners,
                      List<Person> people, List<Regulator> regulators, List<Rule> rules, List<Title> titles,
                      List<Deal> deals, List<Event> events) {

    /** Raise it when the document changes in a way an older reader would misread. */
    public static final int FORMAT = 1;

    /** A verbatim passage: {@code quote} is exactly the article's text from {@code start} to {@code end}. */
    public record Quote(String article, String quote, int start, int end) {
    }

    /** An article, its full verbatim text, and the spans of that text that are the story. */
    public record Article(String slug, String file, String sha256, String headline, boolean headlineSupplied,
                          String publisher, String published, String publishedBasis, String publishedNote,
                          String publishedQuote, String text, List<TextSpan> body) {
    }

    public record Partner(String slug, String name, String chineseName, List<String> aliases, String kind,
                          String summary, List<Quote> about) {
    }

    public record Person(String slug, String name, String role, List<String> aliases) {
    }

    public record Regulator(String slug, String name, String shortName, String chineseName, String summary,
                            List<Quote> about) {
    }

    public record Rule(String slug, String name, String regulator, String summary) {
    }

    public record Title(String slug, String name, String chineseName, List<String> aliases, String format,
                        String origin, String episodes, String summary) {
    }

    /** Partners and titles by slug. */
    public record Deal(String slug, String name, String type, String status, boolean netflixParty,
                       List<String> partners, List<String> titles, String summary) {
    }

    /** Everything an event links to by slug; {@code excerpts} in their curated order, the first shown on cards. */
    public record Event(String slug, String date, String datedBy, String dateNote, Quote dateQuote, String kind,
                        String headline, String deal, List<String> partners, List<String> titles,
                        List<String> regulators, List<String> rules, List<String> people, List<Quote> excerpts) {
    }
}
