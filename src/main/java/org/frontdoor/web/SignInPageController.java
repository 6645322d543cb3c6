package org.frontdoor.web;

import jakarta.servlet.http.HttpServletRequest;
import org.frontdoor.security.ForbiddenPage;
import org.frontdoor.security.SignedIn;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** The sign-in page (Spring Security checks the form it posts) and the page shown when the rules refuse a request. */
@Controller
class SignInPageController {

    @GetMapping("/sign-in")
    String signIn(HttpServletRequest request, Model model) {
        FormErrors errors = FormErrors.none();
        if (request.getParameter("error") != null) {
            errors.add("username", "Enter a correct username and password");
        } else if (request.getParameter("locked") != null) {
            errors.add("username", "This account is locked for a while after repeated failed sign-ins. Try again later, or ask the service desk");
        }
        model.addAttribute("errors", errors);
        model.addAttribute("signedOut", request.getParameter("signed-out") != null);
        model.addAttribute("signedIn", SignedIn.current().orElse(null));
        return "sign-in";
    }

    @RequestMapping(ForbiddenPage.PATH)
    String forbidden(HttpServletRequest request, Model model) {
        boolean expired = "expired".equals(request.getAttribute(ForbiddenPage.REASON));
        model.addAttribute("problem", expired
                ? "This form had expired or was not sent from this service, so nothing was changed. Go back, reload the page and try again."
                : SignedIn.current().map(u -> "You are signed in as " + u.name() + " (" + (u.roles().isEmpty() ? "no role" : u.roleWords())
                        + "), and this is not open to your role. Nothing was changed.")
                .orElse("Sign in to see this page."));
        return "problem";
    }
}
