package org.frontdoor.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import jakarta.servlet.http.HttpSession;
import org.frontdoor.decision.Assessment;
import org.frontdoor.referral.DecisionConflict;
import org.frontdoor.referral.DecisionRequest;
import org.frontdoor.referral.DecisionRequest.ChildChoice;
import org.frontdoor.referral.InvalidDecision;
import org.frontdoor.referral.RecordedReferral;
import org.frontdoor.referral.ReferralDecisions;
import org.frontdoor.referral.ReferralIntake;
import org.frontdoor.referral.ReferralNotFound;
import org.frontdoor.rules.RuleSetCatalog;
import org.frontdoor.security.ActingUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Practitioner: record the decision for every child of a referral, accepting the recommendation or overriding it with a reason. */
@Controller
class DecisionPageController {
    private final ReferralIntake intake;
    private final ReferralDecisions decisions;
    private final RuleSetCatalog ruleSets;
    private final PageIdentity identity;
    private final StoredReferral stored;

    DecisionPageController(ReferralIntake intake, ReferralDecisions decisions, RuleSetCatalog ruleSets, PageIdentity identity,
                           StoredReferral stored) {
        this.intake = intake;
        this.decisions = decisions;
        this.ruleSets = ruleSets;
        this.identity = identity;
        this.stored = stored;
    }

    @GetMapping("/referrals/{id}/decision")
    String form(@PathVariable("id") org.frontdoor.referral.ReferralRef referralRef, HttpSession session, Model model) {
        String id = referralRef.id();
        ActingUser user = identity.require(session, path(id));
        return show(id, user, new LinkedMultiValue(), FormErrors.none(), model);
    }

    @PostMapping("/referrals/{id}/decision")
    String decide(@PathVariable("id") org.frontdoor.referral.ReferralRef referralRef, @RequestParam MultiValueMap<String, String> params, HttpSession session, Model model) {
        String id = referralRef.id();
        ActingUser user = identity.require(session, path(id));
        FormErrors errors = FormErrors.none();
        List<ChildChoice> choices = new ArrayList<>();
        for (int i = 0; params.containsKey("children[" + i + "].ref"); i++) {
            choices.add(choice(params, "children[" + i + "].", errors));
        }
        if (!errors.any()) {
            try {
                decisions.decide(id, new DecisionRequest(choices), user);
                return "redirect:/referrals/" + referralRef.address() + "/record";
            } catch (InvalidDecision e) {
                e.problems().forEach(p -> errors.addApi(p.field(), p.message()));
            } catch (DecisionConflict e) {
                errors.add("children-0-accept", "This referral has already been decided (" + e.current().status()
                        + "); open the referral record to see the decision");
            }
        }
        return show(id, user, new LinkedMultiValue(params), errors, model);
    }

    private static ChildChoice choice(MultiValueMap<String, String> params, String at, FormErrors errors) {
        String accept = params.getFirst(at + "accept");
        if (!"yes".equals(accept) && !"no".equals(accept)) {
            errors.addApi(at + "accept", "select whether you accept the recommendation");
            return new ChildChoice(params.getFirst(at + "ref"), null, null, null, null, null);
        }
        String reason = blankToNull(params.getFirst(at + "reason"));
        if ("yes".equals(accept)) {
            return new ChildChoice(params.getFirst(at + "ref"), true, null, null, null, reason);
        }
        List<String> pathways = new ArrayList<>();
        String primary = blankToNull(params.getFirst(at + "pathways"));
        if (primary != null) {
            pathways.add(primary);
        }
        List<String> additional = params.getOrDefault(at + "additional", List.of());
        additional.stream().filter(Objects::nonNull).filter(c -> !c.equals(primary)).forEach(pathways::add);
        Integer level = null;
        String typed = params.getFirst(at + "level");
        if (typed != null && typed.matches("\\d")) {
            level = Integer.valueOf(typed);
        }
        return new ChildChoice(params.getFirst(at + "ref"), false, level, pathways, blankToNull(params.getFirst(at + "reasonCategory")), reason);
    }

    private String show(String id, ActingUser user, LinkedMultiValue typed, FormErrors errors, Model model) {
        RecordedReferral referral = intake.find(id, user.name(), "Decision page /referrals/{id}/decision").orElseThrow(() -> new ReferralNotFound(id));
        Assessment assessment = stored.assessment(referral);
        model.addAttribute("referral", referral);
        model.addAttribute("assessment", assessment);
        model.addAttribute("tables", new Tables(ruleSets.active()));
        model.addAttribute("typed", typed);
        model.addAttribute("reasonCategories", FormOptions.REASON_CATEGORIES);
        model.addAttribute("errors", errors);
        return "decision";
    }

    private static String path(String id) {
        return "/referrals/" + id + "/decision";
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
