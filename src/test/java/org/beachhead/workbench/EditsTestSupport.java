package org.beachhead.workbench;

import org.beachhead.corpus.CorpusHistory;
import org.beachhead.corpus.ShippedCorpus;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Edits in the shared application: each test starts from the shipped corpus and, after it, the shipped corpus is
 * served again (restored as a new version), so the other tests of the suite see the corpus they expect.
 */
abstract class EditsTestSupport extends WorkbenchTestSupport {

    /** A capture of a made-up article: a headline, chrome, the story, more chrome. */
    static final String CAPTURE = """
            Test Wire: Netflix and Wasu Media agree a test partnership

            Share this article | Tweet | Email

            Netflix and Wasu Media signed a test partnership in Hangzhou on Monday, the two companies said.
            The agreement covers a small catalogue of documentaries for the test market.

            Most Popular: ten things to stream this week
            """;
    static final String ARTICLE = "test-wire-netflix-wasu";
    static final String QUOTE = "Netflix and Wasu Media signed a test partnership in Hangzhou on Monday";
    private static final Pattern BASED_ON = Pattern.compile("name=\"basedOn\" value=\"(\\d+)\"");

    @Autowired
    CorpusHistory history;

    @AfterEach
    void shippedCorpusAgain() {
        ShippedCorpus.servedAgain(history);
    }

    HttpClient signedIn() {
        HttpClient editor = browserLike();
        signIn(editor, EDITOR, PASSWORD);
        return editor;
    }

    static String basedOnOf(HttpResponse<String> form) {
        Matcher basedOn = BASED_ON.matcher(form.body());
        if (!basedOn.find()) {
            throw new AssertionError("no basedOn in the form");
        }
        return basedOn.group(1);
    }

    /** The fields of the article form for {@link #CAPTURE}, pasted, based on the newest version. */
    Map<String, String> articleFields() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("basedOn", String.valueOf(history.newest().orElseThrow().number()));
        fields.put("slug", ARTICLE);
        fields.put("headline", "Test Wire: Netflix and Wasu Media agree a test partnership");
        fields.put("headlineSupplied", "false");
        fields.put("publisher", "Test Wire");
        fields.put("address", "https://example.com/test-wire");
        fields.put("published", "2024-03-04");
        fields.put("publishedBasis", "inferred");
        fields.put("publishedNote", "Made up for a test: the Monday of the story.");
        fields.put("publishedNoteZh", "为测试而编：报道中的星期一。");
        fields.put("from", "Netflix and Wasu Media signed");
        fields.put("to", "documentaries for the test market.");
        return fields;
    }

    /** The fields of a claim from {@link #QUOTE}, based on the newest version. */
    Map<String, String> claimFields(String slug, String headline) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("basedOn", String.valueOf(history.newest().orElseThrow().number()));
        fields.put("slug", slug);
        fields.put("quote", QUOTE);
        fields.put("kind", "deal");
        fields.put("date", "2024-03-04");
        fields.put("datedBy", "published");
        fields.put("attribution", "reporting");
        fields.put("certainty", "stated");
        fields.put("partners", "wasu");
        fields.put("headline", headline);
        fields.put("headlineZh", "测试：Netflix与华数传媒签署测试合作");
        return fields;
    }

    /** POSTs a multipart form, with the page's CSRF token, and a file when {@code fileName} is not null. */
    HttpResponse<String> postMultipart(HttpClient client, String path, Map<String, String> fields, String csrfFrom,
                                       String fileName, byte[] file) {
        String boundary = "----test" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        Map<String, String> all = new LinkedHashMap<>(fields);
        all.put("_csrf", csrfTokenOf(client, csrfFrom));
        try {
            for (Map.Entry<String, String> field : all.entrySet()) {
                body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey() + "\"\r\n\r\n"
                        + field.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
            }
            if (fileName != null) {
                body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"capture\"; filename=\"" + fileName
                        + "\"\r\nContent-Type: text/plain\r\n\r\n").getBytes(StandardCharsets.UTF_8));
                body.write(file);
                body.write("\r\n".getBytes(StandardCharsets.UTF_8));
            }
            body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
            return client.send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Adds the test article through the form, uploaded as a file; returns the version saved. */
    int addTestArticle(HttpClient editor) {
        HttpResponse<String> saved = postMultipart(editor, "/curation/articles", articleFields(), "/curation/articles/new",
                "test-wire.txt", CAPTURE.getBytes(StandardCharsets.UTF_8));
        if (saved.statusCode() != 302) {
            throw new AssertionError("the article was not saved: " + saved.statusCode() + " " + saved.body());
        }
        return history.newest().orElseThrow().number();
    }
}
