package org.frontdoor.web;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpSession;
import jakarta.validation.Validator;
import org.frontdoor.decision.Contact;
import org.frontdoor.decision.InvalidContact;
import org.frontdoor.referral.RecordedReferral;
import org.frontdoor.referral.ReferralIntake;
import org.frontdoor.rules.RuleSetCatalog;
import org.frontdoor.security.ActingUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Practitioner: record a contact. "Add another child", "Remove" and "Filter concerns" are submit buttons that keep the
 * form in the session and redirect back (no JavaScript needed); "Record the contact" records it and redirects to the result.
 */
@Controller
class ContactPageController {
    static final String PATH = "/contacts/new";
    private static final String DRAFT = "contactDraft";
    private static final String REMOVE = "remove-child-";
    private static final String REMOVE_ADULT = "remove-adult-";

    private final ReferralIntake intake;
    private final RuleSetCatalog ruleSets;
    private final PageIdentity identity;
    private final Validator validator;

    private final org.frontdoor.referral.IdempotentIntake idempotent;
    private final org.frontdoor.decision.ThresholdDecisions decisions;
    private final java.time.Clock clock;
    private final java.time.ZoneId zone;

    ContactPageController(ReferralIntake intake, RuleSetCatalog ruleSets, PageIdentity identity, Validator validator,
                          org.frontdoor.referral.IdempotentIntake idempotent, org.frontdoor.decision.ThresholdDecisions decisions,
                          java.time.Clock clock, org.frontdoor.decision.CalendarProperties calendar) {
        this.idempotent = idempotent;
        this.decisions = decisions;
        this.clock = clock;
        this.zone = calendar.zone();
        this.intake = intake;
        this.ruleSets = ruleSets;
        this.identity = identity;
        this.validator = validator;
    }

    @GetMapping(PATH)
    String form(HttpSession session, Model model) {
        identity.require(session, PATH);
        ContactForm form = session.getAttribute(DRAFT) instanceof ContactForm f ? f : ContactForm.blank(clock.instant(), zone);
        return show(form, model);
    }

    @PostMapping(PATH)
    String submit(@RequestParam MultiValueMap<String, String> params, @RequestParam(defaultValue = "record") String action,
                  HttpSession session, Model model) {
        ActingUser user = identity.require(session, PATH);
        ContactForm form = ContactForm.read(params);
        session.setAttribute(DRAFT, form);
        if ("add-child".equals(action)) {
            form.addChild();
            return "redirect:" + PATH + "#children-" + (form.children().size() - 1) + "-givenName";
        }
        if (action.startsWith(REMOVE)) {
            form.removeChild(Integer.parseInt(action.substring(REMOVE.length()).replaceAll("\\D", "0")));
            return "redirect:" + PATH + "#children";
        }
        if ("add-adult".equals(action)) {
            form.addAdult();
            return "redirect:" + PATH + "#adults-" + (form.adults().size() - 1) + "-name";
        }
        if (action.startsWith(REMOVE_ADULT)) {
            form.removeAdult(Integer.parseInt(action.substring(REMOVE_ADULT.length()).replaceAll("\\D", "0")));
            return "redirect:" + PATH + "#adults";
        }
        if ("filter".equals(action)) {
            return "redirect:" + PATH + "#concernFilter";
        }
        if ("refresh".equals(action)) {
            return "redirect:" + PATH + "#children";
        }
        // every problem at once: what was typed, the contact's own rules, and what the rule set in force would refuse
        FormErrors errors = FormErrors.none();
        Contact contact = form.toContact(errors, FormOptions.CIRCUMSTANCES, zone);
        validator.validate(contact).forEach(v -> errors.addApi(v.getPropertyPath().toString(), v.getMessage()));
        if (!Boolean.TRUE.equals(contact.referrer().anonymous()) && contact.referrer().name() == null) {
            errors.add("referrer-name", "Referrer’s name: enter the referrer’s name, or say they asked to stay anonymous");
        }
        if (contact.channel() == null) {
            errors.add("channel", "How did the contact come: choose how the contact came");
        }
        intake.recordingProblems(contact).forEach(p -> errors.addApi(p.field(), p.message()));
        decisions.problems(contact).forEach(p -> errors.addApi(p.field(), p.message()));
        if (errors.any()) {
            return showErrors(form, errors, model);
        }
        try {
            // one referral however often the same form is sent (refresh, back, double click): the form's own key
            RecordedReferral referral = idempotent.record(contact, user.name(), form.submissionKey()).referral();
            session.removeAttribute(DRAFT);
            return "redirect:/referrals/" + referral.reference();
        } catch (InvalidContact e) {
            e.problems().forEach(p -> errors.addApi(p.field(), p.message()));
            return showErrors(form, errors, model);
        } catch (org.frontdoor.referral.IdempotentIntake.IdempotencyKeyReused e) {
            session.removeAttribute(DRAFT);
            errors.add("account", "This form was already used to record a contact, with different answers. Find that contact in "
                    + "the referrals list, or start a new contact");
            return showErrors(ContactForm.blank(clock.instant(), zone), errors, model);
        }
    }

    private String showErrors(ContactForm form, FormErrors errors, Model model) {
        model.addAttribute("errors", errors);
        return show(form, model);
    }

    private String show(ContactForm form, Model model) {
        Tables tables = new Tables(ruleSets.active());
        addConcernChoices(tables, form, model);
        java.util.Map<String, String> texts = new java.util.LinkedHashMap<>();
        ruleSets.active().indicators().forEach((code, indicator) -> texts.put(code, indicator.text()));
        model.addAttribute("concernText", texts);
        model.addAttribute("chosenConcerns", form.concerns().stream().filter(texts::containsKey).toList());
        model.addAttribute("form", form);
        model.addAttribute("options", new FormOptions.View(FormOptions.REFERRER_TYPES, FormOptions.CIRCUMSTANCES));
        return "contact-new";
    }

    /** The catalogue as filtered, and the concerns already chosen that the filter hides (kept as hidden fields). */
    static void addConcernChoices(Tables tables, ContactForm form, Model model) {
        List<Tables.LevelGroup> catalogue = tables.catalogue(form.concernFilter());
        Set<String> shown = catalogue.stream().flatMap(l -> l.domains().stream()).flatMap(d -> d.indicators().stream())
                .map(i -> i.code()).collect(Collectors.toSet());
        model.addAttribute("catalogue", catalogue);
        model.addAttribute("hiddenConcerns", form.concerns().stream().filter(c -> !shown.contains(c)).toList());
        model.addAttribute("tables", tables);
    }
}
