package org.frontdoor.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.frontdoor.council.CouncilContacts;
import org.frontdoor.referral.DecisionConflict;
import org.frontdoor.referral.ReferralNotFound;
import org.frontdoor.referral.ReferralStateConflict;
import org.frontdoor.rules.DecisionNotReached;
import org.frontdoor.security.ActingUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.ui.Model;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page shows (council, who is signed in) and the pages' own errors, as pages rather than problem+json. */
@ControllerAdvice(basePackageClasses = PageAdvice.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageAdvice {
    private static final Logger log = LoggerFactory.getLogger(PageAdvice.class);

    private final CouncilProperties council;
    private final CouncilContacts contacts;
    private final PageIdentity identity;

    PageAdvice(CouncilProperties council, CouncilContacts contacts, PageIdentity identity) {
        this.council = council;
        this.contacts = contacts;
        this.identity = identity;
    }

    @ModelAttribute
    void everyPage(Model model, HttpSession session) {
        model.addAttribute("council", council);
        model.addAttribute("councilContacts", contacts);
        model.addAttribute("actingUser", identity.current(session).orElse(null));
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", FormErrors.none());
        }
    }

    @ExceptionHandler(SignInNeeded.class)
    String signInFirst(SignInNeeded e) {
        return "redirect:/sign-in";
    }

    @ExceptionHandler(ReferralNotFound.class)
    String notFound(Model model, HttpSession session, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        everyPage(model, session);
        model.addAttribute("notFound", "referral");
        return "not-found";
    }

    /** A policy-cycle refusal on a page (a version that does not exist, a step it cannot take): a page, never JSON. */
    @ExceptionHandler(org.frontdoor.policy.PolicyProblem.class)
    String policyProblem(org.frontdoor.policy.PolicyProblem e, Model model, HttpSession session, HttpServletResponse response) {
        everyPage(model, session);   // an exception handler's model does not get the @ModelAttribute values
        if (e.kind() == org.frontdoor.policy.PolicyProblem.Kind.NOT_FOUND) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            model.addAttribute("notFound", "rule-set");
            return "not-found";
        }
        response.setStatus(e.kind() == org.frontdoor.policy.PolicyProblem.Kind.CONFLICT ? HttpServletResponse.SC_CONFLICT
                : HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute("problem", e.detail());   // our own sentences
        return "problem";
    }

    @ExceptionHandler(ActingUser.ActionForbidden.class)
    String forbidden(ActingUser.ActionForbidden e, Model model, HttpSession session, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        model.addAttribute("problem", e.getMessage());   // our own sentence: "Only a manager can ..."
        everyPage(model, session);   // an exception handler's model does not get the @ModelAttribute values
        return "problem";
    }

    @ExceptionHandler({ReferralStateConflict.class, DecisionConflict.class})
    String conflict(RuntimeException e, Model model, HttpSession session, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_CONFLICT);
        model.addAttribute("problem", e instanceof ReferralStateConflict c ? c.detail()
                : "Someone else has changed this referral's decision meanwhile. Open the referral record to see where it stands.");
        everyPage(model, session);   // an exception handler's model does not get the @ModelAttribute values
        return "problem";
    }

    /** A part of the address of the wrong kind (a row "number" that is not a number): that page does not exist. */
    @ExceptionHandler(org.springframework.web.method.annotation.MethodArgumentTypeMismatchException.class)
    String noSuchAddress(Model model, HttpSession session, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        everyPage(model, session);   // an exception handler's model does not get the @ModelAttribute values
        model.addAttribute("notFound", "address");
        return "not-found";
    }

    /** Anything else: a page, never problem+json or exception text; Spring's own request errors keep their status. */
    @ExceptionHandler(Exception.class)
    String unexpected(Exception e, Model model, HttpSession session, HttpServletResponse response) {
        if (e instanceof ErrorResponse known) {
            response.setStatus(known.getStatusCode().value());
            model.addAttribute("problem", "This request could not be understood. Go back and try again.");
        } else {
            log.error("A page failed", e);
            response.setStatus(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
            model.addAttribute("problem", "Something went wrong on our side and nothing was changed. Try again, and tell the service desk if it happens again.");
        }
        everyPage(model, session);   // an exception handler's model does not get the @ModelAttribute values
        return "problem";
    }

    @ExceptionHandler(DecisionNotReached.class)
    String noRecommendation(DecisionNotReached e, Model model, HttpSession session, HttpServletResponse response) {
        log.warn("Rule set {} reached no decision for a page request: {}", e.ruleSetVersion(), e.problems());
        response.setStatus(422);
        model.addAttribute("problem", "Rule set " + e.ruleSetVersion() + " could not reach a recommendation, so none is given and "
                + "nothing was stored. Decide without the tool and tell the policy lead.");
        everyPage(model, session);   // an exception handler's model does not get the @ModelAttribute values
        return "problem";
    }
}
