package org.beachhead.workbench;

import jakarta.servlet.http.HttpServletResponse;
import org.beachhead.corpus.CorpusHistory;
import org.beachhead.corpus.StaleVersionException;
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
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Editing a claim that exists (editors only): its form, prefilled from the newest version, its save, and retiring
 * it. As with every form of the workbench, a refused or stale save shows the form again with the draft.
 */
@Controller
@NotCached
class ClaimController {

    private final ClaimEdits claims;

    ClaimController(ClaimEdits claims) {
        this.claims = claims;
    }

    /** The workbench's "edit a claim" box: the event's form, by its slug. */
    @GetMapping("/curation/events")
    String find(@RequestParam(name = "slug", defaultValue = "") String slug) {
        return "redirect:" + (slug.isBlank() ? "/curation" : edit(slug.strip()));
    }

    @GetMapping("/curation/events/{slug}/edit")
    String form(@PathVariable String slug, @RequestParam(name = "saved", required = false) Integer saved, Model model) {
        model.addAttribute("saved", saved);
        return form(slug, claims.claim(slug), null, model);
    }

    @PostMapping("/curation/events/{slug}")
    String save(@PathVariable String slug, @ModelAttribute ClaimEdit draft, Authentication editor, Model model,
                HttpServletResponse response) {
        try {
            CorpusHistory.Version saved = claims.edit(slug, draft, editor.getName());
            return "redirect:" + edit(slug) + "?saved=" + saved.number();
        } catch (DraftRefused e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return form(slug, draft, e, model);
        } catch (StaleVersionException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("stale", e);
            return form(slug, draft.withBasedOn(e.head()), null, model);
        }
    }

    /** Retires the claim once the editor has ticked the confirmation; refused, the form shows the newest version and why. */
    @PostMapping("/curation/events/{slug}/retire")
    String retire(@PathVariable String slug, @RequestParam(name = "basedOn") int basedOn,
                  @RequestParam(name = "confirm", defaultValue = "false") boolean confirm, Authentication editor,
                  Model model, HttpServletResponse response) {
        try {
            if (!confirm) {
                throw new DraftRefused("edit.refused.confirm");
            }
            CorpusHistory.Version saved = claims.retire(slug, basedOn, editor.getName());
            return "redirect:" + UriComponentsBuilder.fromPath("/curation").queryParam("saved", saved.number())
                    .queryParam("retired", slug).build().encode().toUriString();
        } catch (DraftRefused e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return form(slug, claims.claim(slug), e, model);
        } catch (StaleVersionException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("stale", e);
            return form(slug, claims.claim(slug), null, model);
        }
    }

    private String form(String slug, ClaimEdit draft, DraftRefused refused, Model model) {
        model.addAttribute("slug", slug);
        model.addAttribute("draft", draft);
        model.addAttribute("refused", refused);
        EditController.choices(model);
        return "workbench/claim-edit";
    }

    private static String edit(String slug) {
        return UriComponentsBuilder.fromPath("/curation/events/{slug}/edit").buildAndExpand(slug).encode().toUriString();
    }
}
