package org.beachhead.visual;

import org.beachhead.common.QueryParameters.Codes;
import org.beachhead.common.QueryParameters.Order;
import org.beachhead.common.QueryParameters.Slugs;
import org.beachhead.model.Certainty;
import org.beachhead.model.EventKind;
import org.beachhead.model.DealStatus;
import org.beachhead.timeline.TimelineFilter;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.Year;
import java.util.List;

/** The pictures: the timeline as a chart, and the map of who dealt with whom. */
@Controller
class VisualController {

    private final ChartService charts;
    private final MapService maps;

    VisualController(ChartService charts, MapService maps) {
        this.charts = charts;
        this.maps = maps;
    }

    /** Takes the list view's filters, read the same way, so a malformed one gets the same 400 page. */
    @GetMapping("/timeline/chart")
    String chart(@RequestParam(name = "partner", required = false) Slugs partner,
                 @RequestParam(name = "kind", required = false) Codes<EventKind> kind,
                 @RequestParam(name = "certainty", required = false) Codes<Certainty> certainty,
                 @RequestParam(name = "from", required = false) Year from,
                 @RequestParam(name = "to", required = false) Year to,
                 @RequestParam(name = "order", required = false) Order order,
                 Model model) {
        model.addAttribute("page", charts.chart(TimelineFilter.of(partner, kind, certainty, from, to, order)));
        addStatuses(model);
        return "visual/chart";
    }

    @GetMapping("/map")
    String map(@RequestParam(name = "partner", required = false) Slugs partner, Model model) {
        model.addAttribute("page", maps.map(partner == null ? List.of() : partner.values()));
        addStatuses(model);
        return "visual/map";
    }

    /** For the legends: every status, and which of them are drawn dashed. */
    private static void addStatuses(Model model) {
        model.addAttribute("statuses", DealStatus.values());
        model.addAttribute("tentativeStatuses", TentativeStatuses.ALL);
    }
}
