package org.beachhead.partner;

import org.beachhead.common.QueryParameters.PageNumber;
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
    String list(@RequestParam(name = "page", defaultValue = "1") PageNumber page, Model model) {
        PartnerService.PartnerList list = partners.index(page.value(), PartnerService.INDEX_PAGE_SIZE);
        list.pages().existing();
        model.addAttribute("list", list);
        return "partners/list";
    }

    @GetMapping("/partners/{slug}")
    String partner(@PathVariable String slug, @RequestParam(name = "page", defaultValue = "1") PageNumber page, Model model) {
        model.addAttribute("page", partners.partner(slug, page.value()));
        return "partners/partner";
    }
}
