package org.beachhead.timeline;

import org.beachhead.model.EventKind;
import jakarta.servlet.http.HttpServletRequest;
import org.beachhead.common.QueryParameters;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.List;

@Controller
class TimelineController {

    private final TimelineService timeline;

    TimelineController(TimelineService timeline) {
        this.timeline = timeline;
    }

    @GetMapping({"/", "/timeline"})
    String timeline(@RequestParam(name = "partner", required = false) List<String> partner,
                    @RequestParam(name = "kind", required = false) List<String> kind,
                    @RequestParam(name = "from", required = false) String from,
                    @RequestParam(name = "to", required = false) String to,
                    @RequestParam(name = "order", required = false) String order,
                    @RequestParam(name = "page", required = false) String page,
                    HttpServletRequest request, Model model) {
        TimelineFilter filter = TimelineFilter.parse(partner, kind, from, to, order);
        model.addAttribute("view", timeline.page(filter, QueryParameters.pageNumber(page)));
        model.addAttribute("landing", "/".equals(request.getRequestURI()));
        model.addAttribute("kinds", EventKind.values());
        return "timeline/timeline";
    }
}
