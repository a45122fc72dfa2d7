package org.beachhead.workbench;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Editing, linking and retiring claims that exist, in the browser and through the API, as readers then see them. */
class ClaimEditsTest extends EditsTestSupport {

    /** A claim of the shipped corpus that nothing links to and no question cites. */
    private static final String LONE = "us-china-co-productions-blog";
    private static final String EDITED = "wasu-alibaba-set-top-boxes";
    private static final String HEADLINE = "Wasu, a Hangzhou cable and broadband operator, begins working with Alibaba on set-top boxes";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    ClaimEdits claims;

    @Test
    void anEditedHeadlineShowsOnTheEventPageAndTheTimelineAndTheRestOfTheFileIsByteForByteAsItWas() {
        HttpClient editor = signedIn();
        HttpResponse<String> form = get(editor, "/curation/events/" + EDITED + "/edit");
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.body()).as("prefilled from the newest version").contains("value=\"" + HEADLINE + "\"")
                .contains("value=\"wasu, alibaba\"").contains("name=\"excerpts[0].article\"")
                .contains("value=\"netflix-wasu-talks-2015\"").contains("has been working with Ma&#39;s company");
        int before = Integer.parseInt(basedOnOf(form));
        String text = history.curationText(before);

        Map<String, String> fields = fields(EDITED);
        fields.put("headline", "Test: Wasu starts making set-top boxes with Alibaba");
        HttpResponse<String> saved = post(editor, "/curation/events/" + EDITED, withCsrf(editor, fields, EDITED));

        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
        assertThat(saved.headers().firstValue("Location")).hasValueSatisfying(to ->
                assertThat(to).endsWith("/curation/events/" + EDITED + "/edit?saved=" + (before + 1)));
        assertThat(history.curationText(before + 1)).as("only the headline's line changed").isEqualTo(text.replace(
                "    headline: \"" + HEADLINE + "\"\n", "    headline: \"Test: Wasu starts making set-top boxes with Alibaba\"\n"));
        assertThat(history.version(before + 1).orElseThrow().summary()).isEqualTo("Edit claim " + EDITED);
        assertThat(readerPage("/events/" + EDITED)).contains("Test: Wasu starts making set-top boxes with Alibaba")
                .doesNotContain(HEADLINE);
        assertThat(readerPage("/timeline")).contains("Test: Wasu starts making set-top boxes with Alibaba").doesNotContain(HEADLINE);
        assertThat(get(editor, "/curation/events/" + EDITED + "/edit?saved=" + (before + 1)).body())
                .contains("Saved as version " + (before + 1));
    }

    @Test
    void aRemovedExcerptIsDeclaredRetiredAndAnAddedOneIsShown() {
        HttpClient editor = signedIn();
        String slug = "sarandos-will-not-enter-china-without-partner";
        int before = history.newest().orElseThrow().number();
        String text = history.curationText(before);
        Map<String, String> fields = fields(slug);
        String second = fields.get("excerpts[1].quote");
        fields.put("excerpts[1].quote", "");
        int shown = occurrences(readerPage("/events/" + slug), second);

        HttpResponse<String> saved = post(editor, "/curation/events/" + slug, withCsrf(editor, fields, slug));

        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
        String removedLines = "      - article: netflix-wasu-talks-2015\n        quote: \"" + second + "\"\n";
        int entry = EventEntryText.find(text, slug).orElseThrow().start();
        assertThat(text.indexOf(removedLines, entry)).isPositive();
        assertThat(history.curationText(before + 1)).isEqualTo((text.substring(0, entry)
                + text.substring(entry).replaceFirst(Pattern.quote(removedLines), ""))
                .replace("\n...\n", "\n\nretired:\n  excerpts: [" + slug + "]\n...\n"));
        assertThat(occurrences(readerPage("/events/" + slug), second)).as("the excerpt's one place left, beside the claim it revises")
                .isEqualTo(shown - 1);

        Map<String, String> again = fields(slug);
        again.put("excerpts[1].article", "netflix-wasu-talks-2015");
        again.put("excerpts[1].quote", second);
        assertThat(post(editor, "/curation/events/" + slug, withCsrf(editor, again, slug)).statusCode()).isEqualTo(302);
        assertThat(occurrences(readerPage("/events/" + slug), second)).isEqualTo(shown);
    }

    @Test
    void aLinkShowsOnBothEventsPagesAndOneTheVerifierRefusesShowsItsMessage() {
        HttpClient editor = signedIn();
        Map<String, String> fields = fields(EDITED);
        fields.put("contradicts", LONE);

        assertThat(post(editor, "/curation/events/" + EDITED, withCsrf(editor, fields, EDITED)).statusCode()).isEqualTo(302);

        assertThat(readerPage("/events/" + EDITED)).contains("Claims set beside this one").contains("It contradicts")
                .contains("/events/" + LONE);
        assertThat(readerPage("/events/" + LONE)).contains("Claims set beside this one").contains("Contradicted by")
                .contains("/events/" + EDITED);

        int before = history.newest().orElseThrow().number();
        Map<String, String> revises = fields(EDITED);
        revises.put("revises", LONE);
        HttpResponse<String> refused = post(editor, "/curation/events/" + EDITED, withCsrf(editor, revises, EDITED));
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("The corpus would not verify").contains("&#39;revises&#39; links two claims of the same speaker")
                .contains("value=\"" + LONE + "\"");
        assertThat(history.newest().orElseThrow().number()).as("nothing saved").isEqualTo(before);
    }

    @Test
    void aRetiredClaimLeavesTheTimelineAndItsPageAnswers404NamingIt() {
        HttpClient editor = signedIn();
        String headline = "The blogger recalls writing in September 2014";
        assertThat(readerPage("/timeline")).contains(headline);
        int before = history.newest().orElseThrow().number();
        String text = history.curationText(before);
        Map<String, String> unconfirmed = withCsrf(editor, Map.of("basedOn", String.valueOf(before)), LONE);
        assertThat(post(editor, "/curation/events/" + LONE + "/retire", unconfirmed).statusCode()).as("not confirmed").isEqualTo(422);

        HttpResponse<String> retired = post(editor, "/curation/events/" + LONE + "/retire",
                withCsrf(editor, Map.of("basedOn", String.valueOf(before), "confirm", "true"), LONE));

        assertThat(retired.statusCode()).as(retired.body()).isEqualTo(302);
        assertThat(readerPage("/timeline")).doesNotContain(headline);
        HttpResponse<String> gone = get(HttpClient.newHttpClient(), "/events/" + LONE);
        assertThat(gone.statusCode()).isEqualTo(404);
        assertThat(gone.body()).contains(LONE);
        String after = history.curationText(before + 1);
        assertThat(after).doesNotContain("- slug: " + LONE + "\n").endsWith("\nretired:\n  events: [" + LONE + "]\n...\n");
        EventEntryText entry = EventEntryText.find(text, LONE).orElseThrow();
        assertThat(after).as("the rest byte for byte").isEqualTo(entry.removedFrom(text).replace("\n...\n",
                "\n\nretired:\n  events: [" + LONE + "]\n...\n"));
        assertThat(get(editor, URI.create(retired.headers().firstValue("Location").orElseThrow()).getRawPath() + "?"
                + URI.create(retired.headers().firstValue("Location").orElseThrow()).getRawQuery()).body())
                .contains("The claim " + LONE + " is retired");
        assertThat(get(editor, "/curation/events/" + LONE + "/edit").statusCode()).isEqualTo(404);
    }

    @Test
    void aClaimOthersLinkToOrAQuestionCitesCannotBeRetiredAndNothingIsHalfDone() {
        HttpClient editor = signedIn();
        int before = history.newest().orElseThrow().number();

        HttpResponse<String> refused = post(editor, "/curation/events/" + EVENT + "/retire",
                withCsrf(editor, Map.of("basedOn", String.valueOf(before), "confirm", "true"), EVENT));

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("The corpus would not verify").contains("unknown event &#39;" + EVENT + "&#39;");
        assertThat(history.newest().orElseThrow().number()).as("nothing saved").isEqualTo(before);
        assertThat(readerStatus("/events/" + EVENT)).isEqualTo(200);
    }

    @Test
    void aStaleFormIsRefusedWith409AndItsDraftKept() {
        HttpClient editor = signedIn();
        Map<String, String> stale = fields(EDITED);
        stale.put("headline", "A headline drafted on an old version");
        Map<String, String> other = fields(LONE);
        other.put("headline", "Test: another editor saved first");
        assertThat(post(editor, "/curation/events/" + LONE, withCsrf(editor, other, LONE)).statusCode()).isEqualTo(302);

        HttpResponse<String> refused = post(editor, "/curation/events/" + EDITED, withCsrf(editor, stale, EDITED));

        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.body()).contains("has been saved since").contains("value=\"A headline drafted on an old version\"")
                .contains("name=\"basedOn\" value=\"" + history.newest().orElseThrow().number() + "\"");
        assertThat(readerPage("/events/" + EDITED)).contains(HEADLINE);
    }

    @Test
    void scriptInAFieldIsInertOnTheFormAndOnTheEventPage() {
        HttpClient editor = signedIn();
        Map<String, String> fields = fields(EDITED);
        fields.put("headline", "<script>alert('x')</script> Wasu and Alibaba");

        assertThat(post(editor, "/curation/events/" + EDITED, withCsrf(editor, fields, EDITED)).statusCode()).isEqualTo(302);

        assertThat(readerPage("/events/" + EDITED)).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; Wasu and Alibaba")
                .doesNotContain("<script>alert");
        assertThat(get(editor, "/curation/events/" + EDITED + "/edit").body())
                .contains("value=\"&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; Wasu and Alibaba\"").doesNotContain("<script>alert");
    }

    @Test
    void strangersAndFormsWithoutTheirTokenAreRefused() {
        assertThat(get(browserLike(), "/curation/events/" + EDITED + "/edit").headers().firstValue("Location"))
                .hasValueSatisfying(to -> assertThat(to).endsWith("/login"));
        int before = history.newest().orElseThrow().number();
        Map<String, String> fields = fields(EDITED);
        fields.put("headline", "Test: no token");
        assertThat(post(signedIn(), "/curation/events/" + EDITED, fields).statusCode()).isEqualTo(403);
        assertThat(post(signedIn(), "/curation/events/" + LONE + "/retire", Map.of("basedOn", String.valueOf(before),
                "confirm", "true")).statusCode()).isEqualTo(403);
        assertThat(post(browserLike(), "/curation/events/" + EDITED, fields).statusCode()).isIn(302, 403);
        assertThat(history.newest().orElseThrow().number()).as("nothing saved").isEqualTo(before);
    }

    @Test
    void theWorkbenchListsAnArticlesClaimsWithLinksToEditThem() {
        HttpClient editor = signedIn();
        assertThat(get(editor, "/curation/articles/netflix-wasu-talks-2015").body())
                .contains("href=\"/curation/events/" + EDITED + "/edit\"");
        assertThat(get(editor, "/curation/events?slug=" + EDITED).headers().firstValue("Location"))
                .hasValueSatisfying(to -> assertThat(to).endsWith("/curation/events/" + EDITED + "/edit"));
        assertThat(readerPage("/events/" + EDITED)).as("readers' pages are the same for everyone").doesNotContain("/curation");
    }

    @Test
    void theApiEditsAndRetiresAClaimWithTheStatusesItDocuments() throws Exception {
        HttpResponse<String> claim = api("GET", "/api/v1/curation/events/" + EDITED, null);
        assertThat(claim.statusCode()).isEqualTo(200);
        assertThat(claim.body()).as("the form's extra row is not the API's").doesNotContain("excerptRows");
        Map<String, Object> body = JSON.readValue(claim.body(), Map.class);
        int before = history.newest().orElseThrow().number();
        assertThat(body).containsEntry("basedOn", before).containsEntry("headline", HEADLINE)
                .containsEntry("excerpts", List.of(Map.of("article", "netflix-wasu-talks-2015", "quote",
                        "Wasu, which operates cable TV and broadband networks in Hangzhou, where Alibaba is based, has been working"
                                + " with Ma's company to produce set-top boxes since 2013.")));

        body.put("headline", "Test: edited through the API");
        body.put("reportsAgain", LONE);
        HttpResponse<String> saved = api("PUT", "/api/v1/curation/events/" + EDITED, body);
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        assertThat(saved.body()).contains("\"number\":" + (before + 1)).contains("\"summary\":\"Edit claim " + EDITED + "\"");
        assertThat(readerPage("/events/" + EDITED)).contains("Test: edited through the API").contains("It reports again");

        HttpResponse<String> stale = api("PUT", "/api/v1/curation/events/" + EDITED, body);
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(stale.body()).contains("\"newest\":" + (before + 1));

        body.put("basedOn", before + 1);
        body.put("date", "");
        HttpResponse<String> missing = api("PUT", "/api/v1/curation/events/" + EDITED, body);
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(missing.body()).contains("\"field\":\"date\"");
        HttpResponse<String> unknown = api("PUT", "/api/v1/curation/events/no-such-event", body);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("no-such-event");
        assertThat(api("GET", "/api/v1/curation/events/no-such-event", null).body()).contains("no-such-event");

        HttpResponse<String> linked = api("POST", "/api/v1/curation/events/" + LONE + "/retire?basedOn=" + (before + 1), null);
        assertThat(linked.statusCode()).as("another claim links to it").isEqualTo(422);
        assertThat(linked.body()).contains("unknown event '" + LONE + "'");
        body.put("date", "2013");
        body.put("reportsAgain", "");
        assertThat(api("PUT", "/api/v1/curation/events/" + EDITED, body).statusCode()).isEqualTo(200);
        HttpResponse<String> retired = api("POST", "/api/v1/curation/events/" + LONE + "/retire?basedOn=" + (before + 2), null);
        assertThat(retired.statusCode()).as(retired.body()).isEqualTo(201);
        assertThat(readerStatus("/events/" + LONE)).isEqualTo(404);

        assertThat(HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri("/api/v1/curation/events/" + EDITED))
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString("{}")).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode()).as("no credentials").isEqualTo(401);
    }

    /** The edit form's fields as the newest version gives the claim, as a browser would send them back. */
    private Map<String, String> fields(String slug) {
        ClaimEdit claim = claims.claim(slug);
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("basedOn", String.valueOf(claim.basedOn()));
        fields.put("kind", claim.kind());
        if (Boolean.TRUE.equals(claim.key())) {
            fields.put("key", "true");
        }
        fields.put("date", claim.date());
        fields.put("datedBy", claim.datedBy());
        fields.put("dateNote", claim.dateNote());
        fields.put("dateNoteZh", claim.dateNoteZh());
        fields.put("dateQuoteArticle", claim.dateQuoteArticle());
        fields.put("dateQuote", claim.dateQuote());
        fields.put("attribution", claim.attribution());
        fields.put("speaker", claim.speaker());
        fields.put("relayedFrom", claim.relayedFrom());
        fields.put("certainty", claim.certainty());
        fields.put("deal", claim.deal());
        fields.put("partners", claim.partners());
        fields.put("backers", claim.backers());
        fields.put("rivals", claim.rivals());
        fields.put("suppliers", claim.suppliers());
        fields.put("mentioned", claim.mentioned());
        fields.put("titles", claim.titles());
        fields.put("regulators", claim.regulators());
        fields.put("rules", claim.rules());
        fields.put("people", claim.people());
        fields.put("contradicts", claim.contradicts());
        fields.put("revises", claim.revises());
        fields.put("reportsAgain", claim.reportsAgain());
        fields.put("headline", claim.headline());
        fields.put("headlineZh", claim.headlineZh());
        List<ClaimEdit.ExcerptDraft> rows = claim.excerptRows();
        for (int i = 0; i < rows.size(); i++) {
            fields.put("excerpts[" + i + "].article", rows.get(i).article());
            fields.put("excerpts[" + i + "].quote", rows.get(i).quote());
        }
        return fields;
    }

    private Map<String, String> withCsrf(HttpClient client, Map<String, String> fields, String slug) {
        Map<String, String> all = new LinkedHashMap<>(fields);
        all.put("_csrf", csrfTokenOf(client, "/curation/events/" + EDITED + "/edit"));
        return all;
    }

    private HttpResponse<String> api(String method, String path, Map<String, Object> body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Authorization", basic(EDITOR, PASSWORD))
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private String readerPage(String path) {
        HttpResponse<String> page = get(HttpClient.newHttpClient(), path);
        assertThat(page.statusCode()).as(path).isEqualTo(200);
        return page.body();
    }

    private static int occurrences(String page, String text) {
        return page.split(Pattern.quote(text), -1).length - 1;
    }

    private int readerStatus(String path) {
        return get(HttpClient.newHttpClient(), path).statusCode();
    }
}
