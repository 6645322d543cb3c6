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

    private final ReferralIntake intake;
    private final RuleSetCatalog ruleSets;
    private final PageIdentity identity;
    private final Validator validator;

    ContactPageController(ReferralIntake intake, RuleSetCatalog ruleSets, PageIdentity identity, Validator validator) {
        this.intake = intake;
        this.ruleSets = ruleSets;
        this.identity = identity;
        this.validator = validator;
    }

    @GetMapping(PATH)
    String form(HttpSession session, Model model) {
        identity.require(session, PATH);
        ContactForm form = session.getAttribute(DRAFT) instanceof ContactForm f ? f : ContactForm.blank();
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
            return "redirect:" + PATH + "#children-" + (form.children().size() - 1) + "-ageYears";
        }
        if (action.startsWith(REMOVE)) {
            form.removeChild(Integer.parseInt(action.substring(REMOVE.length()).replaceAll("\\D", "0")));
            return "redirect:" + PATH + "#children";
        }
        if ("filter".equals(action)) {
            return "redirect:" + PATH + "#concernFilter";
        }
        FormErrors errors = FormErrors.none();
        Contact contact = form.toContact(errors, FormOptions.CIRCUMSTANCES);
        validator.validate(contact).forEach(v -> errors.addApi(v.getPropertyPath().toString(), v.getMessage()));
        if (errors.any()) {
            return showErrors(form, errors, model);
        }
        try {
            RecordedReferral referral = intake.record(contact, user.name());
            session.removeAttribute(DRAFT);
            return "redirect:/referrals/" + referral.id();
        } catch (InvalidContact e) {
            e.problems().forEach(p -> errors.addApi(p.field(), p.message()));
            return showErrors(form, errors, model);
        }
    }

    private String showErrors(ContactForm form, FormErrors errors, Model model) {
        model.addAttribute("errors", errors);
        return show(form, model);
    }

    private String show(ContactForm form, Model model) {
        Tables tables = new Tables(ruleSets.active());
        addConcernChoices(tables, form, model);
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
