package org.beachhead.workbench;

import org.beachhead.corpus.CorpusHistory.Version;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import java.net.URLEncoder;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Adding an article and a claim in the browser: saved as versions, verified, applied, and shown to readers. */
class CurationEditsTest extends EditsTestSupport {

    @Test
    void anUploadedArticleIsKeptByteForByteWithItsHashInTheManifest() {
        HttpClient editor = signedIn();
        int before = history.newest().orElseThrow().number();

        int saved = addTestArticle(editor);

        assertThat(saved).isEqualTo(before + 1);
        Version version = history.version(saved).orElseThrow();
        assertThat(version.author()).isEqualTo(EDITOR);
        assertThat(version.basedOn()).isEqualTo(before);
        String file = history.files(saved).keySet().stream().filter(name -> !history.files(before).containsKey(name))
                .filter(name -> name.endsWith(".txt")).findFirst().orElseThrow();
        assertThat(file).matches("005_[0-9a-f]{16}\\.txt");
        assertThat(history.file(saved, file)).hasValue(CAPTURE.getBytes(StandardCharsets.UTF_8));
        assertThat(new String(history.file(saved, "MANIFEST.sha256").orElseThrow(), StandardCharsets.UTF_8))
                .endsWith(CurationEdits.sha256(CAPTURE.getBytes(StandardCharsets.UTF_8)) + "  " + file + "\n");
        String curation = history.curationText(saved);
        assertThat(curation).as("the rest of the file is unchanged").startsWith(history.curationText(before).substring(0,
                history.curationText(before).indexOf("\npartners:")));
        assertThat(curation).contains("  - slug: " + ARTICLE + "\n    # address: https://example.com/test-wire\n    file: " + file);

        HttpResponse<String> reader = get(editor, "/curation/articles/" + ARTICLE + "?saved=" + saved);
        assertThat(reader.statusCode()).isEqualTo(200);
        assertThat(reader.body()).contains("The agreement covers a small catalogue").doesNotContain("Most Popular");
    }

    @Test
    void aClaimFromAPassageIsVerifiedSavedAndShownToReaders() {
        HttpClient editor = signedIn();
        addTestArticle(editor);
        HttpResponse<String> form = get(editor, "/curation/articles/" + ARTICLE + "/claims/new?quote="
                + URLEncoder.encode(QUOTE, StandardCharsets.UTF_8));
        assertThat(form.body()).as("prefilled with the passage").contains(">" + QUOTE + "</textarea>");

        Map<String, String> fields = claimFields("test-netflix-wasu-partnership", "Test Wire reports a Netflix–Wasu test partnership");
        fields.put("titles", "bardo");
        fields.put("regulators", "sapprft");
        HttpResponse<String> saved = post(editor, "/curation/articles/" + ARTICLE + "/claims",
                withCsrf(editor, fields, "/curation/articles/" + ARTICLE + "/claims/new"));

        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
        assertThat(readerPage("/events/test-netflix-wasu-partnership")).contains("Test Wire reports a Netflix–Wasu test partnership");
        assertThat(readerPage("/timeline")).contains("Test Wire reports a Netflix–Wasu test partnership");
        assertThat(readerPage("/partners/wasu")).contains("Test Wire reports a Netflix–Wasu test partnership");
        assertThat(readerPage("/titles/bardo")).contains("Test Wire reports a Netflix–Wasu test partnership");
        assertThat(readerPage("/regulators/sapprft")).contains("Test Wire reports a Netflix–Wasu test partnership");
        int version = history.newest().orElseThrow().number();
        assertThat(get(editor, "/curation/history").body()).contains("Add claim test-netflix-wasu-partnership from " + ARTICLE);
        assertThat(get(editor, "/curation/history/" + version).body())
                .contains("+  - slug: test-netflix-wasu-partnership")
                .contains("+        quote: &quot;" + QUOTE + "&quot;");

        HttpResponse<String> reverted = post(editor, "/curation/history/" + version + "/revert",
                withCsrf(editor, Map.of("basedOn", String.valueOf(version)), "/curation/history/" + version));

        assertThat(reverted.statusCode()).isEqualTo(302);
        assertThat(history.newest().orElseThrow().summary()).startsWith("Revert version " + version);
        assertThat(readerStatus("/events/test-netflix-wasu-partnership")).isEqualTo(404);
        assertThat(readerPage("/timeline")).doesNotContain("Test Wire reports");
    }

    @Test
    void aQuoteIsCheckedLiveAsSavingWillCheckIt() {
        HttpClient editor = signedIn();
        assertThat(get(editor, "/curation/articles/no-such-article/quote?text=x").statusCode()).isEqualTo(404);
        String once = get(editor, "/curation/articles/" + firstArticle() + "/quote?text="
                + URLEncoder.encode("Netflix is talking to Wasu Media", StandardCharsets.UTF_8)).body();
        assertThat(once).contains("\"passes\":true").contains("\"occurrences\":1");
        String chrome = get(editor, "/curation/articles/" + firstArticle() + "/quote?text="
                + URLEncoder.encode("Netflix Daredevil - H 2015", StandardCharsets.UTF_8)).body();
        assertThat(chrome).contains("\"passes\":false").contains("\"occurrences\":2");
        String none = get(editor, "/curation/articles/" + firstArticle() + "/quote?text="
                + URLEncoder.encode("Netflix is negotiating with Wasu Media", StandardCharsets.UTF_8)).body();
        assertThat(none).contains("\"occurrences\":0").contains("\"closest\":\"Netflix is talking to Wasu Media");
    }

    @Test
    void aClaimTheVerifierRefusesShowsItsMessageAndKeepsTheDraftWithScriptInert() {
        HttpClient editor = signedIn();
        int before = history.newest().orElseThrow().number();
        Map<String, String> fields = claimFields("test-refused-claim", "<script>alert('x')</script> headline");
        fields.put("quote", "Netflix is negotiating with Wasu Media");
        HttpResponse<String> refused = post(editor, "/curation/articles/" + firstArticle() + "/claims",
                withCsrf(editor, fields, "/curation/articles/" + firstArticle() + "/claims/new"));

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("quote not found in article")
                .contains("value=\"&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; headline\"")
                .doesNotContain("<script>alert");
        assertThat(history.newest().orElseThrow().number()).as("nothing saved").isEqualTo(before);
    }

    @Test
    void aStaleFormIsRefusedWithItsDraftKept() {
        HttpClient editor = signedIn();
        Map<String, String> stale = claimFields("test-stale-claim", "A claim drafted on an old version");
        addTestArticle(editor);

        HttpResponse<String> refused = post(editor, "/curation/articles/" + firstArticle() + "/claims",
                withCsrf(editor, stale, "/curation/articles/" + firstArticle() + "/claims/new"));

        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.body()).contains("has been saved since").contains("value=\"A claim drafted on an old version\"")
                .contains("name=\"basedOn\" value=\"" + history.newest().orElseThrow().number() + "\"");
        assertThat(readerStatus("/events/test-stale-claim")).isEqualTo(404);
    }

    @Test
    void fileNamesWithPathPartsAndOversizedCapturesAreRefusedWithTheDraftKept() {
        HttpClient editor = signedIn();
        int before = history.newest().orElseThrow().number();
        for (String name : new String[]{"../../etc/passwd.txt", "..\\seeds\\x.txt", "article.html"}) {
            HttpResponse<String> refused = postMultipart(editor, "/curation/articles", articleFields(), "/curation/articles/new",
                    name, CAPTURE.getBytes(StandardCharsets.UTF_8));
            assertThat(refused.statusCode()).as(name).isEqualTo(422);
            assertThat(refused.body()).as(name).contains("without folders or path parts")
                    .contains(">Made up for a test: the Monday of the story.</textarea>");
            assertThat(refused.body()).as("the draft is kept").contains("value=\"" + ARTICLE + "\"");
        }
        byte[] large = new byte[CurationEdits.MAX_CAPTURE_BYTES + 1];
        Arrays.fill(large, (byte) 'a');
        HttpResponse<String> tooLarge = postMultipart(editor, "/curation/articles", articleFields(), "/curation/articles/new",
                "large.txt", large);
        assertThat(tooLarge.statusCode()).isEqualTo(422);
        assertThat(tooLarge.body()).contains("The capture is too large: at most 512 KB");
        assertThat(history.newest().orElseThrow().number()).as("nothing saved").isEqualTo(before);
    }

    @Test
    void theApiSavesAClaimAndRefusesAStaleOneWith409() throws Exception {
        int before = history.newest().orElseThrow().number();
        Map<String, String> claim = claimFields("test-api-claim", "Test: a claim saved through the API");
        claim.put("quote", "Netflix is talking to Wasu Media, a Chinese media group backed by Alibaba chief Jack Ma");
        claim.put("date", "c. 2015-05");
        claim.put("certainty", "reported");
        String path = "/api/v1/curation/articles/" + firstArticle() + "/claims";

        HttpResponse<String> saved = postJson(path, claim);
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(201);
        assertThat(saved.body()).contains("\"number\":" + (before + 1)).contains("\"author\":\"" + EDITOR + "\"");
        assertThat(readerStatus("/events/test-api-claim")).isEqualTo(200);

        claim.put("slug", "test-api-claim-again");
        HttpResponse<String> stale = postJson(path, claim);
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(stale.body()).contains("\"newest\":" + (before + 1));
        assertThat(readerStatus("/events/test-api-claim-again")).isEqualTo(404);

        assertThat(send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}"))).statusCode()).as("no credentials").isEqualTo(401);
    }

    private HttpResponse<String> postJson(String path, Map<String, String> fields) throws Exception {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .header("Authorization", basic(EDITOR, PASSWORD))
                .POST(HttpRequest.BodyPublishers.ofString(JsonMapper.builder().build().writeValueAsString(fields))));
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private String firstArticle() {
        return "netflix-wasu-talks-2015";
    }

    private Map<String, String> withCsrf(HttpClient client, Map<String, String> fields, String formPath) {
        Map<String, String> all = new LinkedHashMap<>(fields);
        all.put("_csrf", csrfTokenOf(client, formPath));
        return all;
    }

    private String readerPage(String path) {
        HttpResponse<String> page = get(HttpClient.newHttpClient(), path);
        assertThat(page.statusCode()).as(path).isEqualTo(200);
        return page.body();
    }

    private int readerStatus(String path) {
        return get(HttpClient.newHttpClient(), path).statusCode();
    }
}
