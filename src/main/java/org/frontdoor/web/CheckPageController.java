package org.frontdoor.web;

import jakarta.servlet.http.HttpSession;
import jakarta.validation.Validator;
import org.frontdoor.decision.Assessment;
import org.frontdoor.decision.Assessment.ChildRecommendation;
import org.frontdoor.decision.Contact;
import org.frontdoor.decision.InvalidContact;
import org.frontdoor.decision.ThresholdDecisions;
import org.frontdoor.rules.RuleSetCatalog;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Partner (public, no sign-in): check a concern about one child. Nothing is stored: the answer is carried to the
 * result page once, in the session's flash map, and is gone after it is shown.
 */
@Controller
class CheckPageController {
    static final String PATH = "/check";
    private static final String DRAFT = "checkDraft";

    private final ThresholdDecisions decisions;
    private final RuleSetCatalog ruleSets;
    private final Validator validator;

    CheckPageController(ThresholdDecisions decisions, RuleSetCatalog ruleSets, Validator validator) {
        this.decisions = decisions;
        this.ruleSets = ruleSets;
        this.validator = validator;
    }

    /**
     * What the partner should do and why: one child's recommendation (its partner actions, most urgent first, come
     * from the Pathway table of every route it has) and the primary pathway's row.
     */
    public record Answer(ChildRecommendation child, Tables.PathwayRow primary, Assessment.RuleSetRef ruleSet) {
        /** The most urgent action: the page's heading. */
        public Assessment.PartnerAction first() {
            return child.partnerActions().get(0);
        }

        /** Whether the most urgent action is to be taken now (the page marks it urgent). */
        public boolean urgent() {
            return first().priority() <= 4;
        }
    }

    @GetMapping(PATH)
    String form(HttpSession session, Model model) {
        // answers come back only straight after "Filter" (a one-time flash): an abandoned or finished check leaves
        // nothing for the next person at a shared computer
        session.removeAttribute(DRAFT);
        ContactForm form = model.getAttribute(DRAFT) instanceof ContactForm f ? f : ContactForm.blank();
        return show(form, model);
    }

    @PostMapping(PATH)
    String check(@RequestParam MultiValueMap<String, String> params, @RequestParam(defaultValue = "check") String action,
                 HttpSession session, Model model, RedirectAttributes redirect) {
        ContactForm form = ContactForm.read(params);
        if ("filter".equals(action)) {
            redirect.addFlashAttribute(DRAFT, form);
            return "redirect:" + PATH + "#concernFilter";
        }
        FormErrors errors = FormErrors.none();
        Contact contact = form.toContact(errors, FormOptions.PARTNER_CIRCUMSTANCES);
        validator.validate(contact).forEach(v -> errors.addApi(v.getPropertyPath().toString(), v.getMessage()));
        if (contact.concerns().isEmpty() && contact.circumstances().isEmpty()) {
            errors.add("concerns", "Select at least one concern, or a circumstance such as immediate danger");
        }
        // every problem at once: also what the tables' input types would refuse
        decisions.problems(contact).forEach(p -> errors.addApi(p.field(), p.message()));
        if (!errors.any()) {
            try {
                Assessment assessment = decisions.assess(contact);
                redirect.addFlashAttribute("answer", answer(assessment));
                return "redirect:" + PATH + "/result";
            } catch (InvalidContact e) {
                e.problems().forEach(p -> errors.addApi(p.field(), p.message()));
            }
        }
        model.addAttribute("errors", errors);
        return show(form, model);
    }

    @GetMapping(PATH + "/result")
    String result(Model model) {
        return model.containsAttribute("answer") ? "check-result" : "redirect:" + PATH;
    }

    private Answer answer(Assessment assessment) {
        Tables tables = new Tables(ruleSets.active());
        ChildRecommendation child = assessment.children().get(0);
        Tables.PathwayRow primary = tables.pathway(child.primaryPathway().code()).orElseThrow(
                () -> new IllegalStateException("The Pathway table has no row for the recommended primary pathway"));
        return new Answer(child, primary, assessment.ruleSet());
    }

    private String show(ContactForm form, Model model) {
        ContactPageController.addConcernChoices(new Tables(ruleSets.active()), form, model);
        model.addAttribute("form", form);
        model.addAttribute("options", new FormOptions.View(FormOptions.PARTNER_TYPES, FormOptions.PARTNER_CIRCUMSTANCES));
        return "check";
    }
}
