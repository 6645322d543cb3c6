package org.frontdoor.web;

import jakarta.servlet.http.HttpSession;
import org.frontdoor.referral.FeedbackLetters;
import org.frontdoor.referral.FollowUps;
import org.frontdoor.referral.InvalidRequest;
import org.frontdoor.referral.ReferralRef;
import org.frontdoor.referral.ReferralStateConflict;
import org.frontdoor.security.ActingUser;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * After ratification, from the referral record: the feedback to the referrer was given (how), the family was handed
 * to someone with a date to check on them, and the check was done. A refusal comes back to the record page in words.
 */
@Controller
class FollowThroughPageController {
    static final String PROBLEM = "followThroughProblem";

    private final FeedbackLetters feedback;
    private final FollowUps followUps;
    private final PageIdentity identity;

    private final org.frontdoor.referral.Casework casework;

    FollowThroughPageController(FeedbackLetters feedback, FollowUps followUps, PageIdentity identity, org.frontdoor.referral.Casework casework) {
        this.casework = casework;
        this.feedback = feedback;
        this.followUps = followUps;
        this.identity = identity;
    }

    @PostMapping("/referrals/{id}/feedback-sent")
    String feedbackSent(@PathVariable("id") ReferralRef ref, @RequestParam(required = false) String method, HttpSession session,
                        RedirectAttributes redirect) {
        ActingUser user = identity.require(session, "/referrals/" + ref.id() + "/record");
        return attempt(ref, redirect, "feedback", () -> feedback.sent(ref.id(), new FeedbackLetters.SentRequest(method), user));
    }

    @PostMapping("/referrals/{id}/follow-up")
    String followUp(@PathVariable("id") ReferralRef ref, @RequestParam(required = false) String handedTo,
                    @RequestParam(name = "checkOn.day", required = false) String day,
                    @RequestParam(name = "checkOn.month", required = false) String month,
                    @RequestParam(name = "checkOn.year", required = false) String year, HttpSession session, RedirectAttributes redirect) {
        ActingUser user = identity.require(session, "/referrals/" + ref.id() + "/record");
        String checkOn = String.format("%s-%s-%s", year == null ? "" : year.strip(), pad(month), pad(day));
        return attempt(ref, redirect, "follow-up", () -> followUps.record(ref.id(), new FollowUps.FollowUpRequest(handedTo, checkOn), user));
    }

    @PostMapping("/referrals/{id}/follow-up-checked")
    String checked(@PathVariable("id") ReferralRef ref, HttpSession session, RedirectAttributes redirect) {
        ActingUser user = identity.require(session, "/referrals/" + ref.id() + "/record");
        return attempt(ref, redirect, "follow-up", () -> followUps.checked(ref.id(), user));
    }

    @PostMapping("/referrals/{id}/same-child")
    String sameChild(@PathVariable("id") ReferralRef ref, @RequestParam(required = false) String match, HttpSession session,
                     RedirectAttributes redirect) {
        ActingUser user = identity.require(session, "/referrals/" + ref.id() + "/record");
        // "position:earlierId:earlierPosition", as the record page offers it
        String[] parts = match == null ? new String[0] : match.split(":");
        if (parts.length != 3 || !parts[0].matches("\\d{1,2}") || !parts[2].matches("\\d{1,2}")) {
            redirect.addFlashAttribute(PROBLEM, java.util.List.of("Choose an earlier contact to confirm"));
            return "redirect:/referrals/" + ref.address() + "/record#earlier-contacts";
        }
        return attempt(ref, redirect, "earlier-contacts", () -> casework.confirmSameChild(ref.id(), Integer.parseInt(parts[0]), parts[1],
                Integer.parseInt(parts[2]), user));
    }

    private static String attempt(ReferralRef ref, RedirectAttributes redirect, String anchor, Runnable step) {
        try {
            step.run();
        } catch (InvalidRequest e) {
            redirect.addFlashAttribute(PROBLEM, e.problems().stream().map(p -> words(p.field()) + ": " + p.message()).toList());
        } catch (ReferralStateConflict e) {
            redirect.addFlashAttribute(PROBLEM, java.util.List.of(e.detail()));
        }
        return "redirect:/referrals/" + ref.address() + "/record#" + anchor;
    }

    private static String words(String field) {
        return switch (field) {
            case "method" -> "How the feedback was given";
            case "handedTo" -> "Who the family was handed to";
            case "checkOn" -> "Date to check on them";
            case "earlier" -> "Earlier contact";
            default -> field;
        };
    }

    private static String pad(String n) {
        String t = n == null ? "" : n.strip();
        return t.length() == 1 ? "0" + t : t;
    }
}
