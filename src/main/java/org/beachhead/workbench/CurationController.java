package org.beachhead.workbench;

import org.beachhead.common.BadParameterException;
import org.beachhead.common.QueryParameters.Codes;
import org.beachhead.common.QueryParameters.PageNumber;
import org.beachhead.web.NotCached;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import java.util.List;

/**
 * The editors' workbench (signed in only, see {@link SecurityConfiguration}): where to add to the curation, and
 * readers' reports, to be handled.
 */
@Controller
@NotCached
class CurationController {

    private final Reports reports;
    private final Stories stories;

    CurationController(Reports reports, Stories stories) {
        this.reports = reports;
        this.stories = stories;
    }

    @GetMapping("/curation")
    String home(@RequestParam(name = "state", defaultValue = "open") Codes<ReportState> state,
                @RequestParam(name = "page", defaultValue = "1") PageNumber page, Authentication editor, Model model) {
        List<ReportState> states = state.values();
        Reports.ReportPage list = reports.list(states, page.value(), Reports.PAGE_SIZE, address(states));
        list.pages().existing();
        model.addAttribute("list", list);
        model.addAttribute("filter", states.size() == 1 ? states.get(0).code() : "all");
        model.addAttribute("editor", editor.getName());
        model.addAttribute("articles", stories.all());
        UriComponentsBuilder back = UriComponentsBuilder.fromUriString(list.pages().href());
        if (page.value() > 1) {
            back.queryParam("page", page.value());
        }
        model.addAttribute("back", back.build().toUriString());
        return "workbench/home";
    }

    /** Marks the report and goes back to the list it was marked from. */
    @PostMapping("/curation/reports/{id}/{state}")
    String mark(@PathVariable long id, @PathVariable("state") Codes<ReportState> state,
                @RequestParam(name = "back", defaultValue = "/curation") String back, Authentication editor) {
        reports.mark(id, only(state), editor.getName());
        // Only a workbench address: anything else would make this an open redirect.
        return "redirect:" + (back.startsWith("/curation") && !back.startsWith("//") ? back : "/curation");
    }

    static ReportState only(Codes<ReportState> state) {
        if (state.values().size() != 1) {
            throw new BadParameterException("state", "error.parameter.one-state");
        }
        return state.values().get(0);
    }

    private static String address(List<ReportState> states) {
        UriComponentsBuilder address = UriComponentsBuilder.fromPath("/curation");
        if (!states.equals(List.of(ReportState.OPEN))) {
            address.queryParam("state", String.join(",", states.stream().map(ReportState::code).toList()));
        }
        return address.build().toUriString();
    }
}
