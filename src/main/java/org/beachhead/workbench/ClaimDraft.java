package org.beachhead.workbench;

import java.util.Arrays;
import java.util.List;

/**
 * The "new claim from this passage" form as the editor filled it in, kept whole when the form is shown again.
 * Organisations and people are comma-separated slugs, by role.
 */
record ClaimDraft(Integer basedOn, String slug, String quote, String kind, String date, String datedBy,
                  String dateNote, String dateNoteZh, String attribution, String speaker, String relayedFrom,
                  String certainty, String partners, String backers, String rivals, String suppliers,
                  String mentioned, String people, String deal, String headline, String headlineZh, String titles,
                  String regulators, String rules) {

    static ClaimDraft of(int basedOn, String quote) {
        return new ClaimDraft(basedOn, "", quote, "deal", "", "published", "", "", "reporting", "", "", "reported",
                "", "", "", "", "", "", "", "", "", "", "", "");
    }

    ClaimDraft withBasedOn(int version) {
        return new ClaimDraft(version, slug, quote, kind, date, datedBy, dateNote, dateNoteZh, attribution, speaker,
                relayedFrom, certainty, partners, backers, rivals, suppliers, mentioned, people, deal, headline, headlineZh,
                titles, regulators, rules);
    }

    static List<String> slugList(String slugs) {
        return slugs == null ? List.of() : Arrays.stream(slugs.split("[,\\s]+")).filter(s -> !s.isBlank()).toList();
    }
}
