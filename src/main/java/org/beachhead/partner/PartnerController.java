package org.beachhead.partner;

import org.beachhead.common.QueryParameters;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class PartnerController {

    private final PartnerService partners;

    PartnerController(PartnerService partners) {
        this.partners = partners;
    }

    @GetMapping("/partners")
    String list(@RequestParam(name = "page", required = false) String page, Model model) {
        model.addAttribute("list", partners.index(QueryParameters.pageNumber(page)));
        return "partners/list";
    }

    @GetMapping("/partners/{slug}")
    String partner(@PathVariable String slug, @RequestParam(name = "page", required = false) String page, Model model) {
        model.addAttribute("page", partners.partner(slug, QueryParameters.pageNumber(page)));
        return "partners/partner";
    }
}
