package org.frontdoor.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpSession;
import org.frontdoor.decision.Contact;
import org.frontdoor.referral.DecisionState;
import org.frontdoor.referral.FeedbackLetters;
import org.frontdoor.referral.RecordedReferral;
import org.frontdoor.referral.ReferralIntake;
import org.frontdoor.referral.ReferralNotFound;
import org.frontdoor.referral.ReferralRecords;
import org.frontdoor.referral.ReferralRecords.ReferralRecord;
import org.frontdoor.referral.ReferralStateConflict;
import org.frontdoor.rules.RuleSetCatalog;
import org.frontdoor.security.ActingUser;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Practitioner: the result of a recorded contact, the referral with its decision and audit trail, and the feedback letter. */
@Controller
class ReferralPageController {
    private final ReferralIntake intake;
    private final ReferralRecords records;
    private final FeedbackLetters feedback;
    private final RuleSetCatalog ruleSets;
    private final PageIdentity identity;
    private final StoredReferral stored;
    private final PageDates dates;
    private final MessageSource messages;
    private final ReadableTrail readable;

    private final org.frontdoor.referral.Casework casework;
    private final org.frontdoor.referral.FollowUps followUps;

    ReferralPageController(ReferralIntake intake, ReferralRecords records, FeedbackLetters feedback, RuleSetCatalog ruleSets,
                           PageIdentity identity, StoredReferral stored, PageDates dates, MessageSource messages, ReadableTrail readable,
                           org.frontdoor.referral.Casework casework, org.frontdoor.referral.FollowUps followUps) {
        this.casework = casework;
        this.followUps = followUps;
        this.dates = dates;
        this.messages = messages;
        this.readable = readable;
        this.intake = intake;
        this.records = records;
        this.feedback = feedback;
        this.ruleSets = ruleSets;
        this.identity = identity;
        this.stored = stored;
    }

    @GetMapping("/referrals/{id}")
    String result(@PathVariable("id") org.frontdoor.referral.ReferralRef referralRef, HttpSession session, Model model) {
        String id = referralRef.id();
        ActingUser user = identity.require(session, "/referrals/" + id);
        RecordedReferral referral = intake.find(id, user.name(), "Result page /referrals/{id}").orElseThrow(() -> new ReferralNotFound(id));
        model.addAttribute("referral", referral);
        model.addAttribute("assessment", stored.assessment(referral));
        model.addAttribute("contact", stored.contact(referral));
        model.addAttribute("tables", new Tables(ruleSets.active()));
        return "referral";
    }

    @GetMapping("/referrals/{id}/record")
    String record(@PathVariable("id") org.frontdoor.referral.ReferralRef referralRef, HttpSession session, Model model) {
        String id = referralRef.id();
        ActingUser user = identity.require(session, "/referrals/" + id + "/record");
        ReferralRecord record = records.read(id, user, "Record page /referrals/{id}/record");   // one view, one audit entry
        RecordedReferral referral = record.referral();
        DecisionState decision = record.decision();
        Tables tables = new Tables(ruleSets.active());
        model.addAttribute("referral", referral);
        model.addAttribute("contact", stored.contact(referral));
        model.addAttribute("decision", decision);
        model.addAttribute("summary", summary(referral, stored.contact(referral), decision));
        model.addAttribute("trail", readable.rows(record.trail(), decision, tables));
        model.addAttribute("tables", tables);
        model.addAttribute("allocation", casework.allocation(id).orElse(null));
        boolean manager = user.roles().contains(ActingUser.Role.MANAGER);
        model.addAttribute("canManage", manager);
        model.addAttribute("canDecide", user.roles().contains(ActingUser.Role.PRACTITIONER));
        model.addAttribute("practitioners", manager ? casework.practitioners() : java.util.List.of());
        model.addAttribute("concernText", concernTexts());
        model.addAttribute("feedback", feedback.find(id).orElse(null));
        model.addAttribute("earlier", casework.possibleEarlierContacts(id));
        model.addAttribute("followUp", followUps.find(id).orElse(null));
        if (!model.containsAttribute(FollowThroughPageController.PROBLEM)) {
            model.addAttribute(FollowThroughPageController.PROBLEM, null);
        }
        return "referral-record";
    }

    private Map<String, String> concernTexts() {
        Map<String, String> texts = new LinkedHashMap<>();
        ruleSets.active().indicators().forEach((code, indicator) -> texts.put(code, indicator.text()));
        return texts;
    }

    /** The record's key facts, in reading order; the summary list leaves out what has not happened yet. */
    private Map<String, String> summary(RecordedReferral referral, Contact contact, DecisionState d) {
        Map<String, String> rows = new LinkedHashMap<>();
        rows.put("Received", dates.format(referral.receivedAt()));
        rows.put("Recorded", dates.format(referral.recordedAt()));
        rows.put("Referrer", messages.getMessage("referrer." + contact.referrer().type(), null, contact.referrer().type(), Locale.UK));
        rows.put("Children", String.join(", ", contact.children().stream().map(c -> c.name() != null ? c.name() : c.ref()).toList()));
        rows.put("Decided by", d.decidedBy());
        rows.put("Decided", dates.format(d.decidedAt()));
        rows.put("Authorised by", d.authorisedBy());
        rows.put("Authorisation note", d.authorisedNote());
        rows.put("Ratified by", d.ratifiedBy());
        rows.put("Ratified", dates.format(d.ratifiedAt()));
        rows.put("Ratification note", d.ratifiedNote());
        if (d.sentBackBy() != null && !org.frontdoor.referral.DecisionState.SENT_BACK.equals(d.status())) {
            rows.put("Sent back earlier", d.sentBackBy() + ", " + dates.format(d.sentBackAt()) + ": " + d.sentBackReason());
        }
        return rows;
    }

    @GetMapping("/referrals/{id}/letter")
    String letter(@PathVariable("id") org.frontdoor.referral.ReferralRef referralRef, HttpSession session, Model model) {
        String id = referralRef.id();
        ActingUser user = identity.require(session, "/referrals/" + id + "/letter");
        model.addAttribute("referralId", referralRef.address());   // the reference, shown and used in the back link
        try {
            model.addAttribute("feedback", feedback.view(id, user, "Letter page /referrals/{id}/letter"));
        } catch (ReferralStateConflict e) {
            model.addAttribute("notYet", e.detail());   // our own sentence: why there is no letter yet
        }
        return "letter";
    }
}
