package org.beachhead.partner;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@Controller
class PartnerController {

    private final PartnerService partners;

    PartnerController(PartnerService partners) {
        this.partners = partners;
    }

    @GetMapping("/partners")
    String list(Model model) {
        model.addAttribute("partners", partners.all());
        return "partners/list";
    }

    @GetMapping("/partners/{slug}")
    String partner(@PathVariable String slug, Model model) {
        model.addAttribute("page", partners.partner(slug));
        return "partners/partner";
    }
}
