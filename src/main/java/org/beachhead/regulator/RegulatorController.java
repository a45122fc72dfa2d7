package org.beachhead.regulator;

import org.beachhead.common.QueryParameters.PageNumber;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class RegulatorController {

    private final RegulatorService regulators;

    RegulatorController(RegulatorService regulators) {
        this.regulators = regulators;
    }

    @GetMapping("/regulators")
    String list(Model model) {
        model.addAttribute("index", regulators.all());
        return "regulators/list";
    }

    @GetMapping("/regulators/{slug}")
    String regulator(@PathVariable String slug, @RequestParam(name = "page", defaultValue = "1") PageNumber page, Model model) {
        model.addAttribute("page", regulators.regulator(slug, page.value()));
        return "regulators/regulator";
    }
}
