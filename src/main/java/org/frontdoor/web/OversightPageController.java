package org.frontdoor.web;

import jakarta.servlet.http.HttpSession;
import org.frontdoor.referral.Casework;
import org.frontdoor.referral.DecisionConflict;
import org.frontdoor.referral.DecisionState;
import org.frontdoor.referral.InvalidRequest;
import org.frontdoor.referral.RecordedReferral;
import org.frontdoor.referral.ReferralDecisions;
import org.frontdoor.referral.ReferralIntake;
import org.frontdoor.referral.ReferralNotFound;
import org.frontdoor.referral.ReferralRef;
import org.frontdoor.security.ActingUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Manager: allocate a referral, and the oversight of a decision in the GOV.UK pattern - the record page's note and
 * action, then "check your answers", then a confirmation. Authorising the override of a mandatory escalation needs a
 * note; sending back needs a reason; ratifying may have a note.
 */
@Controller
class OversightPageController {
    private final ReferralDecisions decisions;
    private final ReferralIntake intake;
    private final Casework casework;
    private final PageIdentity identity;
    private final StoredReferral stored;

    OversightPageController(ReferralDecisions decisions, ReferralIntake intake, Casework casework, PageIdentity identity, StoredReferral stored) {
        this.decisions = decisions;
        this.intake = intake;
        this.casework = casework;
        this.identity = identity;
        this.stored = stored;
    }

    /** What the manager is doing, in the page's words. */
    record Action(String code, String heading, String button, String done, boolean noteRequired, String noteLabel) {
        static Action of(String code) {
            return switch (code == null ? "" : code) {
                case "authorise" -> new Action(code, "Check before you authorise the override", "Confirm and authorise", "Override authorised", true,
                        "Why overriding the mandatory escalation is safe for the child");
                case "ratify" -> new Action(code, "Check before you ratify the decision", "Confirm and ratify", "Decision ratified", false,
                        "Your note");
                case "send-back" -> new Action(code, "Check before you send the decision back", "Confirm and send back",
                        "Decision sent back to the practitioner", true, "What the practitioner should look at again");
                default -> null;
            };
        }
    }

    @PostMapping("/referrals/{id}/oversight")
    String oversight(@PathVariable("id") ReferralRef ref, @RequestParam(required = false) String action,
                     @RequestParam(required = false) String note, @RequestParam(required = false) String confirm,
                     HttpSession session, Model model) {
        String id = ref.id();
        ActingUser user = identity.require(session, "/referrals/" + id + "/record");
        RecordedReferral referral = intake.find(id, user.name(), "Manager oversight page /referrals/{id}/oversight")
                .orElseThrow(() -> new ReferralNotFound(id));
        Action what = Action.of(action);
        if (what == null) {
            return "redirect:/referrals/" + referral.reference() + "/record";
        }
        String text = note == null ? "" : note.strip();
        FormErrors errors = FormErrors.none();
        if (what.noteRequired() && text.isEmpty()) {
            errors.add("note", what.noteLabel() + ": enter " + (what.code().equals("send-back") ? "the reason" : "your note"));
        }
        if (!errors.any() && "yes".equals(confirm)) {
            try {
                DecisionState after = switch (what.code()) {
                    case "authorise" -> decisions.authorise(id, user, text);
                    case "ratify" -> decisions.ratify(id, user, text.isEmpty() ? null : text);
                    default -> decisions.sendBack(id, user, text);
                };
                model.addAttribute("referral", referral);
                model.addAttribute("action", what);
                model.addAttribute("state", after);
                return "oversight-done";
            } catch (InvalidRequest e) {
                e.problems().forEach(p -> errors.add("note", what.noteLabel() + ": " + p.message()));
            } catch (DecisionConflict e) {
                errors.add("note", "The decision changed while you were looking at it (it is now: " + e.current().status()
                        + "). Open the referral record again");
            }
        }
        model.addAttribute("referral", referral);
        model.addAttribute("contact", stored.contact(referral));
        model.addAttribute("decision", decisions.stateOfAnAuditedRead(id));
        model.addAttribute("action", what);
        model.addAttribute("note", text);
        model.addAttribute("errors", errors);
        return "oversight-check";
    }

    @PostMapping("/referrals/{id}/allocate")
    String allocate(@PathVariable("id") ReferralRef ref, @RequestParam(required = false) String practitioner, HttpSession session) {
        String id = ref.id();
        ActingUser user = identity.require(session, "/referrals/" + id + "/record");
        casework.allocate(id, practitioner, user);
        return "redirect:/referrals/" + ref.address() + "/record#allocated-to";
    }
}
