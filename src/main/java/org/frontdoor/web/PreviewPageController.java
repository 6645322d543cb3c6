package org.frontdoor.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

import jakarta.validation.Validator;
import org.frontdoor.decision.Contact;
import org.frontdoor.decision.InvalidContact;
import org.frontdoor.decision.Outcome;
import org.frontdoor.decision.ThresholdDecisions;
import org.frontdoor.impact.ReplayWorkerMain;
import org.frontdoor.policy.PolicyReports;
import org.frontdoor.policy.RuleSetVersion;
import org.frontdoor.policy.RuleSetVersions;
import org.frontdoor.rules.Indicator;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A policy lead previews a version against the one in force, side by side: what partners would read in the guidance
 * (each indicator and pathway that reads differently), a worked example they type (the "Check a concern" form, run on
 * both in a replay worker and not stored), and a way to the impact on the last 12 months of referrals.
 */
@Controller
class PreviewPageController {
    static final String PATH = "/rule-sets/{version}/preview";

    private final RuleSetVersions versions;
    private final PolicyReports reports;
    private final ThresholdDecisions decisions;
    private final Validator validator;

    PreviewPageController(RuleSetVersions versions, PolicyReports reports, ThresholdDecisions decisions, Validator validator) {
        this.versions = versions;
        this.reports = reports;
        this.decisions = decisions;
        this.validator = validator;
    }

    /** One line of guidance as partners would read it in force and in this version (null where it is not there). */
    record Difference(String code, String subject, String inForce, String version) {
    }

    /** One side of the worked example: the level in words and each route, primary first. */
    record ExampleSide(String level, List<String> routes) {
    }

    /** The worked example on both sides, and whether they differ. */
    record Example(ExampleSide inForce, ExampleSide version, boolean same) {
    }

    @GetMapping(PATH)
    String preview(@PathVariable String version, Model model) {
        return page(version, ContactForm.blank(), null, FormErrors.none(), model);
    }

    @PostMapping(PATH)
    String example(@PathVariable String version, @RequestParam MultiValueMap<String, String> params,
                   @RequestParam(defaultValue = "check") String action, Model model) {
        ContactForm form = ContactForm.read(params);
        FormErrors errors = FormErrors.none();
        if ("filter".equals(action)) {
            return page(version, form, null, errors, model);
        }
        Contact contact = form.toContact(errors, FormOptions.PARTNER_CIRCUMSTANCES);
        validator.validate(contact).forEach(v -> errors.addApi(v.getPropertyPath().toString(), v.getMessage()));
        if (contact.concerns().isEmpty() && contact.circumstances().isEmpty()) {
            errors.add("concerns", "Select at least one concern, or a circumstance such as immediate danger");
        }
        decisions.problems(contact).forEach(p -> errors.addApi(p.field(), p.message()));
        Example example = null;
        if (!errors.any()) {
            try {
                example = example(version, reports.example(version, contact));
            } catch (InvalidContact e) {
                e.problems().forEach(p -> errors.addApi(p.field(), p.message()));
            } catch (ExampleFailed e) {
                errors.add("concerns", e.getMessage());
            }
        }
        return page(version, form, example, errors, model);
    }

    private String page(String version, ContactForm form, Example example, FormErrors errors, Model model) {
        RuleSetVersion v = versions.get(version);
        String inForce = versions.inForceVersion();
        Tables before = new Tables(versions.compiled(inForce));
        Tables after = new Tables(versions.compiled(version));
        model.addAttribute("v", v);
        model.addAttribute("inForce", inForce);
        model.addAttribute("indicators", indicatorDifferences(before, after));
        model.addAttribute("pathways", pathwayDifferences(before, after));
        model.addAttribute("example", example);
        model.addAttribute("errors", errors);
        ContactPageController.addConcernChoices(after, form, model);
        model.addAttribute("form", form);
        model.addAttribute("options", new FormOptions.View(FormOptions.PARTNER_TYPES, FormOptions.PARTNER_CIRCUMSTANCES));
        return "rule-set-preview";
    }

    private Example example(String version, ReplayWorkerMain.Answer answer) {
        if (answer.error() != null || answer.before() == null || answer.after() == null || answer.before().isEmpty()
                || answer.after().isEmpty()) {
            throw new ExampleFailed("This example could not be evaluated on both versions" + (answer.error() == null ? "" : " (" + answer.error() + ")")
                    + ". Check the answers, or tell the service desk.");
        }
        ExampleSide a = side(new Tables(versions.compiled(versions.inForceVersion())), answer.before().get(0));
        ExampleSide b = side(new Tables(versions.compiled(version)), answer.after().get(0));
        return new Example(a, b, a.equals(b));
    }

    private static ExampleSide side(Tables tables, Outcome outcome) {
        List<String> routes = new ArrayList<>();
        for (Outcome.Route r : outcome.pathways()) {
            String label = tables.pathway(r.code()).map(Tables.PathwayRow::label).orElse(r.label());
            routes.add((r.primary() ? "Primary: " : "Also: ") + (label == null || label.isBlank() ? r.code() : label));
        }
        return new ExampleSide(RuleSetPageController.levelName(tables, outcome.level().value(), outcome.level().label()), routes);
    }

    /** Every indicator partners would read differently: added, removed, or another level, domain or wording. */
    private static List<Difference> indicatorDifferences(Tables before, Tables after) {
        Map<String, Indicator> was = before.indicators();
        Map<String, Indicator> now = after.indicators();
        List<Difference> differences = new ArrayList<>();
        for (String code : new TreeSet<>(union(was.keySet(), now.keySet()))) {
            Indicator a = was.get(code);
            Indicator b = now.get(code);
            String as = a == null ? null : indicatorLine(before, a);
            String bs = b == null ? null : indicatorLine(after, b);
            if (!Objects.equals(as, bs)) {
                differences.add(new Difference(code, (b != null ? b : a).text(), as, bs));
            }
        }
        return differences;
    }

    private static String indicatorLine(Tables tables, Indicator i) {
        return RuleSetPageController.levelName(tables, i.level(), null) + ", " + i.domain() + ": " + i.text();
    }

    /** Every pathway whose name, timescale or advice to partners reads differently. */
    private static List<Difference> pathwayDifferences(Tables before, Tables after) {
        List<Difference> differences = new ArrayList<>();
        List<String> codes = new ArrayList<>();
        before.pathways().forEach(p -> codes.add(p.code()));
        after.pathways().stream().map(Tables.PathwayRow::code).filter(c -> !codes.contains(c)).forEach(codes::add);
        for (String code : codes) {
            String as = before.pathway(code).map(PreviewPageController::pathwayLine).orElse(null);
            String bs = after.pathway(code).map(PreviewPageController::pathwayLine).orElse(null);
            if (!Objects.equals(as, bs)) {
                String subject = after.pathway(code).or(() -> before.pathway(code)).map(Tables.PathwayRow::label).orElse(code);
                differences.add(new Difference(code, subject, as, bs));
            }
        }
        return differences;
    }

    private static String pathwayLine(Tables.PathwayRow p) {
        return p.label() + " (" + String.join(", ", p.timescales()) + (p.unit() == null || p.unit().isBlank() ? "" : " " + p.unit()) + "). "
                + "Partners: " + p.partnerAction() + (p.partnerWhen() == null || p.partnerWhen().isBlank() ? "" : " (" + p.partnerWhen() + ")");
    }

    private static <T> java.util.Set<T> union(java.util.Set<T> a, java.util.Set<T> b) {
        java.util.Set<T> all = new java.util.LinkedHashSet<>(a);
        all.addAll(b);
        return all;
    }

    /** The worker could not evaluate the example (its reason names fields only). */
    private static final class ExampleFailed extends RuntimeException {
        ExampleFailed(String message) {
            super(message);
        }
    }
}
