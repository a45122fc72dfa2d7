package org.beachhead.workbench;

import org.beachhead.common.Coded;
import org.beachhead.common.DateBasis;
import org.beachhead.corpus.CorpusException;
import org.beachhead.corpus.CorpusHistory;
import org.beachhead.corpus.CorpusProblem;
import org.beachhead.model.Attribution;
import org.beachhead.model.Certainty;
import org.beachhead.model.EventKind;
import org.springframework.stereotype.Service;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static org.beachhead.workbench.CurationText.line;
import static org.beachhead.workbench.CurationText.quoted;
import static org.beachhead.workbench.CurationText.slugs;
import static org.beachhead.workbench.CurationText.words;

/**
 * The workbench's edits: each turns a draft into new curation files on top of the version it was based on, and
 * saves them as a new version through {@link CorpusHistory}, which verifies the whole corpus and applies it.
 */
@Service
class CurationEdits {

    /** The largest capture accepted: the shipped ones are 2 to 4 KB, a long feature some tens. */
    static final int MAX_CAPTURE_BYTES = 512 * 1024;
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final String MANIFEST = "MANIFEST.sha256";

    private final CorpusHistory history;

    CurationEdits(CorpusHistory history) {
        this.history = history;
    }

    int newest() {
        return history.newest().orElseThrow(() -> new IllegalStateException("the curation has no version yet")).number();
    }

    /**
     * Adds the article: its capture, byte for byte, under the next file name, its hash in the manifest and its
     * entry at the end of {@code articles:}.
     */
    CorpusHistory.Version addArticle(ArticleDraft draft, byte[] capture, String editor) {
        requireSlug(draft.slug(), "slug");
        require(draft.headline(), "headline");
        require(draft.published(), "published");
        require(draft.publishedNote(), "published-note");
        if (capture.length == 0) {
            throw new DraftRefused("edit.refused.no-capture");
        }
        if (capture.length > MAX_CAPTURE_BYTES) {
            throw new DraftRefused("edit.refused.too-large", MAX_CAPTURE_BYTES / 1024, (capture.length + 1023) / 1024);
        }
        if (draft.address() != null && !draft.address().isBlank()) {
            checkAddress(draft.address().strip());
        }
        int basedOn = draft.basedOn();
        Map<String, String> files = history.files(basedOn);
        String sha256 = sha256(capture);
        String name = CurationText.captureName(files.keySet(), sha256);
        StringBuilder entry = new StringBuilder("  - slug: ").append(draft.slug()).append('\n');
        if (draft.address() != null && !draft.address().isBlank()) {
            entry.append("    # address: ").append(draft.address().strip()).append('\n');
        }
        entry.append("    file: ").append(name).append('\n')
                .append(line("    ", "headline", draft.headline()))
                .append(draft.supplied() ? line("    ", "headline_zh", draft.headlineZh()) : "")
                .append("    headline_supplied: ").append(draft.supplied()).append('\n')
                .append(line("    ", "publisher", draft.publisher()))
                .append(line("    ", "published", draft.published()))
                .append("    published_basis: ").append(code(DateBasis.class, draft.publishedBasis(), "published-basis")).append('\n')
                .append(line("    ", "published_note", draft.publishedNote()))
                .append(line("    ", "published_note_zh", draft.publishedNoteZh()))
                .append(line("    ", "published_quote", words(draft.publishedQuote())))
                .append("    body:\n");
        int segments = 0;
        for (int i = 0; i < draft.from().size(); i++) {
            String from = words(draft.from().get(i));
            String to = words(i < draft.to().size() ? draft.to().get(i) : "");
            if (from.isEmpty() && to.isEmpty()) {
                continue;
            }
            entry.append("      - from: ").append(quoted(from)).append('\n')
                    .append("        to: ").append(quoted(to)).append('\n');
            segments++;
        }
        if (segments == 0) {
            throw new DraftRefused("edit.refused.no-segment");
        }
        byte[] curation = CurationText.insert(history.curationBytes(basedOn), "articles", entry.toString());
        String manifest = history.file(basedOn, MANIFEST).map(bytes -> new String(bytes, StandardCharsets.UTF_8)).orElse("");
        Map<String, byte[]> changed = new LinkedHashMap<>();
        changed.put(history.curationFile(), curation);
        changed.put(MANIFEST, CurationText.manifestWith(manifest, sha256, name).getBytes(StandardCharsets.UTF_8));
        changed.put(name, capture);
        return save(basedOn, editor, "Add article " + draft.slug() + " (" + name + ")", changed);
    }

    /** Adds an event whose one excerpt is the passage, at the end of {@code events:}. */
    CorpusHistory.Version addClaim(String article, ClaimDraft draft, String editor) {
        requireSlug(draft.slug(), "slug");
        require(draft.quote(), "quote");
        require(draft.date(), "date");
        require(draft.headline(), "headline");
        require(draft.headlineZh(), "headline-zh");
        StringBuilder entry = new StringBuilder("  - slug: ").append(draft.slug()).append('\n')
                .append(line("    ", "date", draft.date()))
                .append("    dated_by: ").append(code(DateBasis.class, draft.datedBy(), "dated-by")).append('\n')
                .append(line("    ", "date_note", draft.dateNote()))
                .append(line("    ", "date_note_zh", draft.dateNoteZh()))
                .append("    kind: ").append(code(EventKind.class, draft.kind(), "kind")).append('\n')
                .append(line("    ", "headline", draft.headline()))
                .append(line("    ", "headline_zh", draft.headlineZh()))
                .append("    attribution: ").append(code(Attribution.class, draft.attribution(), "attribution")).append('\n')
                .append(slugLine("speaker", draft.speaker()))
                .append(line("    ", "relayed_from", words(draft.relayedFrom())))
                .append("    certainty: ").append(code(Certainty.class, draft.certainty(), "certainty")).append('\n')
                .append(slugLine("deal", draft.deal()))
                .append(slugs("    ", "partners", slugList(draft.partners(), "partners")))
                .append(slugs("    ", "backers", slugList(draft.backers(), "backers")))
                .append(slugs("    ", "rivals", slugList(draft.rivals(), "rivals")))
                .append(slugs("    ", "suppliers", slugList(draft.suppliers(), "suppliers")))
                .append(slugs("    ", "mentioned", slugList(draft.mentioned(), "mentioned")))
                .append(slugs("    ", "titles", slugList(draft.titles(), "titles")))
                .append(slugs("    ", "regulators", slugList(draft.regulators(), "regulators")))
                .append(slugs("    ", "rules", slugList(draft.rules(), "rules")))
                .append(slugs("    ", "people", slugList(draft.people(), "people")))
                .append("    excerpts:\n")
                .append("      - article: ").append(article).append('\n')
                .append("        quote: ").append(quoted(words(draft.quote()))).append('\n');
        int basedOn = draft.basedOn();
        byte[] curation = CurationText.insert(history.curationBytes(basedOn), "events", entry.toString());
        return save(basedOn, editor, "Add claim " + draft.slug() + " from " + article, Map.of(history.curationFile(), curation));
    }

    CorpusHistory.Version save(int basedOn, String editor, String summary, Map<String, byte[]> changed) {
        try {
            return history.save(basedOn, editor, summary, changed);
        } catch (CorpusException e) {
            throw new DraftRefused(e.problems().stream().map(CorpusProblem::toString).toList());
        }
    }

    private static String slugLine(String key, String slug) {
        if (slug == null || slug.isBlank()) {
            return "";
        }
        requireSlug(slug.strip(), key);
        return "    " + key + ": " + slug.strip() + "\n";
    }

    static List<String> slugList(String slugs, String field) {
        List<String> list = ClaimDraft.slugList(slugs);
        list.forEach(slug -> requireSlug(slug, field));
        return list;
    }

    static void requireSlug(String slug, String field) {
        if (slug == null || !SLUG.matcher(slug).matches()) {
            throw DraftRefused.inField(field, "edit.refused.slug", slug == null ? "" : slug);
        }
    }

    static void require(String value, String field) {
        if (value == null || value.isBlank()) {
            throw DraftRefused.inField(field, "edit.refused.required", field);
        }
    }

    static <E extends Enum<E> & Coded> String code(Class<E> type, String value, String field) {
        return Coded.fromCode(type, value == null ? "" : value).map(Coded::code)
                .orElseThrow(() -> DraftRefused.inField(field, "edit.refused.choice", field));
    }

    private static void checkAddress(String address) {
        try {
            URI uri = new URI(address);
            if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
                throw new DraftRefused("edit.refused.address");
            }
        } catch (URISyntaxException e) {
            throw new DraftRefused("edit.refused.address");
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
