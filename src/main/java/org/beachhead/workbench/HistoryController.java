package org.beachhead.workbench;

import jakarta.servlet.http.HttpServletResponse;
import org.beachhead.common.NotFoundException;
import org.beachhead.common.PageWindow;
import org.beachhead.common.QueryParameters.PageNumber;
import org.beachhead.corpus.CorpusException;
import org.beachhead.corpus.CorpusHistory;
import org.beachhead.corpus.CorpusHistory.Version;
import org.beachhead.corpus.CorpusProblem;
import org.beachhead.corpus.StaleVersionException;
import org.beachhead.web.NotCached;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.io.IOException;
import java.util.List;
import java.util.Map;

/** The curation's versions (editors only): the list, a version against its parent, a revert, an export. */
@Controller
@NotCached
class HistoryController {

    static final int PAGE_SIZE = 20;

    private final CorpusHistory history;

    HistoryController(CorpusHistory history) {
        this.history = history;
    }

    @GetMapping("/curation/history")
    String list(@RequestParam(name = "page", defaultValue = "1") PageNumber page, Model model) {
        PageWindow pages = new PageWindow("/curation/history", page.value(), PAGE_SIZE, history.count());
        pages.existing();
        model.addAttribute("versions", history.versions((page.value() - 1) * PAGE_SIZE, PAGE_SIZE));
        model.addAttribute("pages", pages);
        model.addAttribute("newest", history.newest().map(Version::number).orElse(0));
        return "workbench/history";
    }

    @GetMapping("/curation/history/{number}")
    String version(@PathVariable int number, Model model) {
        model.addAttribute("diff", diff(number));
        model.addAttribute("newest", history.newest().map(Version::number).orElse(0));
        return "workbench/version";
    }

    @PostMapping("/curation/history/{number}/revert")
    String revert(@PathVariable int number, @RequestParam(name = "basedOn") int basedOn, Authentication editor,
                  Model model, HttpServletResponse response) {
        VersionDiff diff = diff(number);
        try {
            Version saved = history.revert(number, basedOn, editor.getName());
            return "redirect:/curation/history/" + saved.number();
        } catch (StaleVersionException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("stale", e);
        } catch (CorpusException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("refused", new DraftRefused(e.problems().stream().map(CorpusProblem::toString).toList()));
        }
        model.addAttribute("diff", diff);
        model.addAttribute("newest", history.newest().map(Version::number).orElse(0));
        return "workbench/version";
    }

    /** The version as a zip of a seeds/ folder. */
    @GetMapping("/curation/history/{number}/export")
    void export(@PathVariable int number, HttpServletResponse response) throws IOException {
        existing(number);
        response.setContentType("application/zip");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"beachhead-curation-v" + number + ".zip\"");
        history.export(number, response.getOutputStream());
    }

    private VersionDiff diff(int number) {
        Version version = existing(number);
        Map<String, String> after = history.files(number);
        Map<String, String> before = version.basedOn() == null ? Map.of() : history.files(version.basedOn());
        String file = history.curationFile();
        // The first version has nothing to differ from: its files are listed, not its whole curation file.
        List<VersionDiff.Line> lines = version.basedOn() == null || before.get(file).equals(after.get(file)) ? List.of()
                : VersionDiff.unified(file, history.curationText(version.basedOn()), history.curationText(number));
        List<String> added = after.keySet().stream().filter(name -> !before.containsKey(name) && !name.equals(file)).toList();
        List<String> removed = before.keySet().stream().filter(name -> !after.containsKey(name)).toList();
        return new VersionDiff(version, lines, added, removed);
    }

    private Version existing(int number) {
        return history.version(number).orElseThrow(() -> new NotFoundException("version", String.valueOf(number)));
    }
}
