package org.beachhead.timeline;

import org.beachhead.model.Certainty;
import org.beachhead.model.EventKind;
import jakarta.servlet.http.HttpServletRequest;
import org.beachhead.common.BadParameterException;
import org.beachhead.common.QueryParameters.Codes;
import org.beachhead.common.QueryParameters.Order;
import org.beachhead.common.QueryParameters.PageNumber;
import org.beachhead.common.QueryParameters.Slugs;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.Year;

@Controller
class TimelineController {

    private final TimelineService timeline;

    TimelineController(TimelineService timeline) {
        this.timeline = timeline;
    }

    @GetMapping({"/", "/timeline"})
    String timeline(@RequestParam(name = "partner", required = false) Slugs partner,
                    @RequestParam(name = "kind", required = false) Codes<EventKind> kind,
                    @RequestParam(name = "certainty", required = false) Codes<Certainty> certainty,
                    @RequestParam(name = "from", required = false) Year from,
                    @RequestParam(name = "to", required = false) Year to,
                    @RequestParam(name = "order", required = false) Order order,
                    @RequestParam(name = "page", defaultValue = "1") PageNumber page,
                    @RequestParam(name = "view", required = false) String view,
                    HttpServletRequest request, Model model) {
        TimelineFilter filter = TimelineFilter.of(partner, kind, certainty, from, to, order);
        if ("compact".equals(view)) {
            model.addAttribute("compact", timeline.compact(filter, page.value()));
            return "timeline/compact";
        }
        if (view != null && !"cards".equals(view)) {
            throw new BadParameterException("view", "error.parameter.view", view);
        }
        model.addAttribute("view", timeline.page(filter, page.value()));
        model.addAttribute("landing", "/".equals(request.getRequestURI()));
        model.addAttribute("kinds", EventKind.values());
        return "timeline/timeline";
    }
}
