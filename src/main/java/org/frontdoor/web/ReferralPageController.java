package org.frontdoor.web;

import jakarta.servlet.http.HttpSession;
import org.frontdoor.referral.FeedbackLetters;
import org.frontdoor.referral.RecordedReferral;
import org.frontdoor.referral.ReferralDecisions;
import org.frontdoor.referral.ReferralIntake;
import org.frontdoor.referral.ReferralNotFound;
import org.frontdoor.referral.ReferralStateConflict;
import org.frontdoor.rules.RuleSetCatalog;
import org.frontdoor.security.ActingUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Practitioner: the result of a recorded contact, the referral with its decision and audit trail, and the feedback letter. */
@Controller
class ReferralPageController {
    private final ReferralIntake intake;
    private final ReferralDecisions decisions;
    private final FeedbackLetters feedback;
    private final RuleSetCatalog ruleSets;
    private final PageIdentity identity;
    private final StoredReferral stored;

    ReferralPageController(ReferralIntake intake, ReferralDecisions decisions, FeedbackLetters feedback, RuleSetCatalog ruleSets,
                           PageIdentity identity, StoredReferral stored) {
        this.intake = intake;
        this.decisions = decisions;
        this.feedback = feedback;
        this.ruleSets = ruleSets;
        this.identity = identity;
        this.stored = stored;
    }

    @GetMapping("/referrals/{id}")
    String result(@PathVariable String id, HttpSession session, Model model) {
        ActingUser user = identity.require(session, "/referrals/" + id);
        RecordedReferral referral = intake.find(id, user.name()).orElseThrow(() -> new ReferralNotFound(id));
        model.addAttribute("referral", referral);
        model.addAttribute("assessment", stored.assessment(referral));
        model.addAttribute("contact", stored.contact(referral));
        model.addAttribute("tables", new Tables(ruleSets.active()));
        return "referral";
    }

    @GetMapping("/referrals/{id}/record")
    String record(@PathVariable String id, HttpSession session, Model model) {
        ActingUser user = identity.require(session, "/referrals/" + id + "/record");
        RecordedReferral referral = intake.find(id, user.name()).orElseThrow(() -> new ReferralNotFound(id));
        model.addAttribute("referral", referral);
        model.addAttribute("contact", stored.contact(referral));
        model.addAttribute("decision", decisions.view(id, user));
        model.addAttribute("trail", intake.auditTrail(id).orElseThrow(() -> new ReferralNotFound(id)));
        model.addAttribute("tables", new Tables(ruleSets.active()));
        return "referral-record";
    }

    @GetMapping("/referrals/{id}/letter")
    String letter(@PathVariable String id, HttpSession session, Model model) {
        ActingUser user = identity.require(session, "/referrals/" + id + "/letter");
        model.addAttribute("referralId", id);
        try {
            model.addAttribute("feedback", feedback.view(id, user));
        } catch (ReferralStateConflict e) {
            model.addAttribute("notYet", e.detail());   // our own sentence: why there is no letter yet
        }
        return "letter";
    }
}
