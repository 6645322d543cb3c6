package org.frontdoor.web;

import jakarta.servlet.http.HttpSession;
import org.frontdoor.security.ActingUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** "Who is acting": until sign-in exists, staff say their name and role once per session (see {@link PageIdentity}). */
@Controller
class ActingAsPageController {
    private final PageIdentity identity;

    ActingAsPageController(PageIdentity identity) {
        this.identity = identity;
    }

    @GetMapping("/acting-as")
    String form(@RequestParam(defaultValue = "/") String next, Model model) {
        model.addAttribute("next", safe(next));
        model.addAttribute("roles", ActingUser.Role.values());
        model.addAttribute("name", "");
        model.addAttribute("role", "");
        return "acting-as";
    }

    @PostMapping("/acting-as")
    String actAs(@RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String role,
                 @RequestParam(defaultValue = "/") String next, HttpSession session, Model model) {
        var problem = identity.actAs(session, name, role);
        if (problem.isPresent()) {
            FormErrors errors = FormErrors.none();
            if ("name".equals(problem.get())) {
                errors.add("actor-name", "Enter your name (at most " + PageIdentity.MAX_NAME + " characters)");
            } else {
                errors.add("actor-role", "Select the role you are acting in");
            }
            model.addAttribute("errors", errors);
            model.addAttribute("next", safe(next));
            model.addAttribute("roles", ActingUser.Role.values());
            model.addAttribute("name", name);
            model.addAttribute("role", role);
            return "acting-as";
        }
        return "redirect:" + safe(next);
    }

    /** Only a path on this site: never an open redirect. */
    private static String safe(String next) {
        return next != null && next.startsWith("/") && !next.startsWith("//") && !next.contains("\\") ? next : "/";
    }
}
