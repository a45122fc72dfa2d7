package org.beachhead.deal;

import org.beachhead.model.DealType;
import org.beachhead.model.DealStatus;
import org.beachhead.common.QueryParameters.Codes;
import org.beachhead.common.QueryParameters.PageNumber;
import org.beachhead.common.QueryParameters.Slugs;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class DealController {

    private final DealService deals;

    DealController(DealService deals) {
        this.deals = deals;
    }

    @GetMapping("/deals")
    String list(@RequestParam(name = "partner", required = false) Slugs partner,
                @RequestParam(name = "status", required = false) Codes<DealStatus> status,
                @RequestParam(name = "type", required = false) Codes<DealType> type,
                @RequestParam(name = "page", defaultValue = "1") PageNumber page, Model model) {
        model.addAttribute("list", deals.list(DealFilter.of(partner, status, type), page.value()));
        model.addAttribute("statuses", DealStatus.values());
        model.addAttribute("types", DealType.values());
        return "deals/list";
    }

    @GetMapping("/deals/{slug}")
    String deal(@PathVariable String slug, @RequestParam(name = "page", defaultValue = "1") PageNumber page, Model model) {
        model.addAttribute("page", deals.deal(slug, page.value()));
        return "deals/deal";
    }
}
