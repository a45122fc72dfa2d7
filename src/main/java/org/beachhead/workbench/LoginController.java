package org.beachhead.workbench;

import org.beachhead.web.NotCached;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The editors' sign-in page; Spring Security checks what it sends (POST /login) and signs out (POST /logout). */
@Controller
@NotCached
class LoginController {

    private final WorkbenchProperties limits;

    LoginController(WorkbenchProperties limits) {
        this.limits = limits;
    }

    @GetMapping("/login")
    String login(Model model) {
        model.addAttribute("lockoutMinutes", limits.signInLockout().toMinutes());
        return "workbench/login";
    }
}
