package org.beachhead.deal;

import org.beachhead.model.DealType;
import org.beachhead.model.DealStatus;
import org.beachhead.common.QueryParameters;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.List;

@Controller
class DealController {

    private final DealService deals;

    DealController(DealService deals) {
        this.deals = deals;
    }

    @GetMapping("/deals")
    String list(@RequestParam(name = "partner", required = false) List<String> partner,
                @RequestParam(name = "status", required = false) List<String> status,
                @RequestParam(name = "type", required = false) List<String> type,
                @RequestParam(name = "page", required = false) String page, Model model) {
        model.addAttribute("list", deals.list(DealFilter.parse(partner, status, type), QueryParameters.pageNumber(page)));
        model.addAttribute("statuses", DealStatus.values());
        model.addAttribute("types", DealType.values());
        return "deals/list";
    }

    @GetMapping("/deals/{slug}")
    String deal(@PathVariable String slug, @RequestParam(name = "page", required = false) String page, Model model) {
        model.addAttribute("page", deals.deal(slug, QueryParameters.pageNumber(page)));
        return "deals/deal";
    }
}
