package org.beachhead.workbench;

import jakarta.servlet.http.HttpServletResponse;
import org.beachhead.common.Coded;
import org.beachhead.common.DateBasis;
import org.beachhead.corpus.CorpusHistory;
import org.beachhead.corpus.QuoteCheck;
import org.beachhead.corpus.StaleVersionException;
import org.beachhead.model.Attribution;
import org.beachhead.model.Certainty;
import org.beachhead.model.EventKind;
import org.beachhead.web.NotCached;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * Adding to the curation in the browser (editors only): a new article, the source reader, and a new claim from a
 * passage. Every form carries the version it was opened on; a refused save shows the form again with the draft.
 */
@Controller
@NotCached
class EditController {

    private final CurationEdits edits;
    private final Stories stories;

    EditController(CurationEdits edits, Stories stories) {
        this.edits = edits;
        this.stories = stories;
    }

    @GetMapping("/curation/articles/new")
    String newArticle(Model model) {
        return articleForm(ArticleDraft.empty(edits.newest()), null, model);
    }

    @PostMapping("/curation/articles")
    String addArticle(@ModelAttribute ArticleDraft draft, @RequestParam(name = "capture", required = false) MultipartFile upload,
                      Authentication editor, Model model, HttpServletResponse response) throws IOException {
        try {
            byte[] capture = capture(draft, upload);
            CorpusHistory.Version saved = edits.addArticle(basedOn(draft.basedOn(), draft), capture, editor.getName());
            return "redirect:/curation/articles/" + draft.slug() + "?saved=" + saved.number();
        } catch (DraftRefused e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return articleForm(draft, e, model);
        } catch (StaleVersionException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("stale", e);
            return articleForm(draft.withBasedOn(e.head()), null, model);
        }
    }

    /** The capture as uploaded, byte for byte, or else as pasted (a browser sends a textarea's lines with CR LF). */
    private static byte[] capture(ArticleDraft draft, MultipartFile upload) throws IOException {
        if (upload != null && !upload.isEmpty()) {
            String name = upload.getOriginalFilename() == null ? "" : upload.getOriginalFilename();
            if (name.contains("/") || name.contains("\\") || name.contains("..") || !name.endsWith(".txt")
                    || name.length() > 200) {
                throw new DraftRefused("edit.refused.file-name", name);
            }
            if (upload.getSize() > CurationEdits.MAX_CAPTURE_BYTES) {
                throw new DraftRefused("edit.refused.too-large", CurationEdits.MAX_CAPTURE_BYTES / 1024, (upload.getSize() + 1023) / 1024);
            }
            return upload.getBytes();
        }
        String text = draft.text() == null ? "" : draft.text().replace("\r\n", "\n");
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private String articleForm(ArticleDraft draft, DraftRefused refused, Model model) {
        model.addAttribute("draft", draft);
        model.addAttribute("refused", refused);
        model.addAttribute("maxKb", CurationEdits.MAX_CAPTURE_BYTES / 1024);
        return "workbench/article-form";
    }

    /** The editors' source reader: the story's text, to select a passage in. */
    @GetMapping("/curation/articles/{slug}")
    String reader(@PathVariable String slug, @RequestParam(name = "saved", required = false) Integer saved, Model model) {
        model.addAttribute("story", stories.story(slug));
        model.addAttribute("claims", stories.claims(slug));
        model.addAttribute("saved", saved);
        return "workbench/reader";
    }

    @GetMapping("/curation/articles/{slug}/claims/new")
    String newClaim(@PathVariable String slug, @RequestParam(name = "quote", defaultValue = "") String quote, Model model) {
        return claimForm(stories.story(slug), ClaimDraft.of(edits.newest(), quote), null, model);
    }

    @PostMapping("/curation/articles/{slug}/claims")
    String addClaim(@PathVariable String slug, @ModelAttribute ClaimDraft draft, Authentication editor, Model model,
                    HttpServletResponse response) {
        StoryText story = stories.story(slug);
        try {
            CorpusHistory.Version saved = edits.addClaim(slug, basedOn(draft.basedOn(), draft), editor.getName());
            return "redirect:/curation/articles/" + slug + "?saved=" + saved.number() + "&event=" + draft.slug();
        } catch (DraftRefused e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return claimForm(story, draft, e, model);
        } catch (StaleVersionException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("stale", e);
            return claimForm(story, draft.withBasedOn(e.head()), null, model);
        }
    }

    /** The live check of a quote, as saving will check it: found once, inside the story. */
    @GetMapping(value = "/curation/articles/{slug}/quote", produces = "application/json")
    @ResponseBody
    QuoteAnswer checkQuote(@PathVariable String slug, @RequestParam(name = "text", defaultValue = "") String text) {
        QuoteCheck check = stories.check(slug, text);
        return new QuoteAnswer(check.passes(), check.occurrences(), check.inStory(), check.closest());
    }

    record QuoteAnswer(boolean passes, int occurrences, boolean inStory, String closest) {
    }

    private String claimForm(StoryText story, ClaimDraft draft, DraftRefused refused, Model model) {
        model.addAttribute("story", story);
        model.addAttribute("draft", draft);
        model.addAttribute("refused", refused);
        choices(model);
        return "workbench/claim-form";
    }

    /** The values a claim's form offers for its kind, date basis, attribution and certainty. */
    static void choices(Model model) {
        model.addAttribute("kinds", codes(EventKind.values()));
        model.addAttribute("bases", codes(DateBasis.values()));
        model.addAttribute("attributions", codes(Attribution.values()));
        model.addAttribute("certainties", codes(Certainty.values()));
    }

    private static List<String> codes(Coded[] values) {
        return Arrays.stream(values).map(Coded::code).toList();
    }

    /** A form without its version is refused like any stale one would be: it cannot say what it was based on. */
    private static <T> T basedOn(Integer version, T draft) {
        if (version == null) {
            throw new DraftRefused("edit.refused.no-version");
        }
        return draft;
    }
}
