package org.frontdoor.web;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.frontdoor.decision.Contact;
import org.springframework.util.MultiValueMap;

/**
 * The "record a contact" and "check a concern" forms as typed: every field keeps its API name
 * ({@code referrer.type}, {@code children[0].ageYears}), so problems the API names map straight back to the field.
 * Kept in the session between "add a child", "remove", "filter" and "record", so no JavaScript is needed.
 */
public final class ContactForm implements Serializable {
    static final List<String> CHILD_FIELDS = List.of("ref", "ageYears", "unbornWeeks", "nonMobile", "disability", "nhsNumber", "localId");
    private static final List<String> FIELDS = List.of("referrer.type", "referrer.anonymous", "domesticAbuse.riskLevel",
            "domesticAbuse.dashYesCount", "domesticAbuse.incidentsLast12Months", "domesticAbuse.childrenPresent", "domesticAbuse.pregnancy",
            "consent.status", "consent.reason", "openCase", "gcp2MaxGrade", "history.contactsLast12Months",
            "history.referralsLast12Months", "history.previousCpPlan", "history.previousRemoval");

    private final Map<String, String> values = new LinkedHashMap<>();
    private final List<Map<String, String>> children = new ArrayList<>();
    private final Set<String> concerns = new LinkedHashSet<>();
    private final Set<String> circumstances = new LinkedHashSet<>();
    private String concernFilter = "";

    static ContactForm blank() {
        ContactForm form = new ContactForm();
        form.addChild();
        return form;
    }

    static ContactForm read(MultiValueMap<String, String> params) {
        ContactForm form = new ContactForm();
        FIELDS.forEach(f -> form.values.put(f, trimmed(params.getFirst(f))));
        for (int i = 0; params.containsKey("children[" + i + "].ref"); i++) {
            Map<String, String> child = new LinkedHashMap<>();
            for (String f : CHILD_FIELDS) {
                child.put(f, trimmed(params.getFirst("children[" + i + "]." + f)));
            }
            form.children.add(child);
        }
        if (form.children.isEmpty()) {
            form.addChild();
        }
        addAll(form.concerns, params.get("concerns"));
        addAll(form.circumstances, params.get("circumstances"));
        form.concernFilter = trimmed(params.getFirst("concernFilter"));
        return form;
    }

    void addChild() {
        Map<String, String> child = new LinkedHashMap<>();
        CHILD_FIELDS.forEach(f -> child.put(f, ""));
        child.put("ref", nextRef());
        children.add(child);
    }

    void removeChild(int index) {
        if (children.size() > 1 && index >= 0 && index < children.size()) {
            children.remove(index);
        }
    }

    /** A reference that is not yet used: child-1, child-2, ... (a reference, never a name). */
    private String nextRef() {
        for (int n = children.size() + 1; ; n++) {
            String ref = "child-" + n;
            if (children.stream().noneMatch(c -> ref.equals(c.get("ref")))) {
                return ref;
            }
        }
    }

    /** The contact to assess; problems with what was typed (not a number, say) go into errors and the field is left out. */
    Contact toContact(FormErrors errors, List<String> onlyCircumstances) {
        Numbers n = new Numbers(errors);
        List<Contact.Child> kids = new ArrayList<>();
        for (int i = 0; i < children.size(); i++) {
            Map<String, String> c = children.get(i);
            String at = "children[" + i + "].";
            kids.add(new Contact.Child(blankToNull(c.get("ref")), n.integer(at + "ageYears", c.get("ageYears")),
                    n.integer(at + "unbornWeeks", c.get("unbornWeeks")), "true".equals(c.get("nonMobile")) ? Boolean.TRUE : null,
                    blankToNull(c.get("disability")), blankToNull(c.get("nhsNumber")), blankToNull(c.get("localId"))));
        }
        Contact.DomesticAbuse da = value("domesticAbuse.riskLevel").isEmpty() ? null : new Contact.DomesticAbuse(
                value("domesticAbuse.riskLevel"), n.integer("domesticAbuse.dashYesCount", value("domesticAbuse.dashYesCount")),
                n.integer("domesticAbuse.incidentsLast12Months", value("domesticAbuse.incidentsLast12Months")),
                yesNo(value("domesticAbuse.childrenPresent")), yesNo(value("domesticAbuse.pregnancy")));
        Contact.Consent consent = value("consent.status").isEmpty() ? null
                : new Contact.Consent(value("consent.status"), blankToNull(value("consent.reason")));
        Contact.History history = new Contact.History(n.integer("history.contactsLast12Months", value("history.contactsLast12Months")),
                n.integer("history.referralsLast12Months", value("history.referralsLast12Months")),
                yesNo(value("history.previousCpPlan")), yesNo(value("history.previousRemoval")));
        List<String> circs = circumstances.stream().filter(onlyCircumstances::contains).toList();
        return new Contact(null, new Contact.Referrer(value("referrer.type"), "yes".equals(value("referrer.anonymous"))),
                List.copyOf(kids), List.copyOf(concerns), da, consent, blankToNull(value("openCase")), history, circs, null,
                n.integer("gcp2MaxGrade", value("gcp2MaxGrade")), null);
    }

    public String value(String field) {
        return values.getOrDefault(field, "");
    }

    public List<Map<String, String>> children() {
        return children;
    }

    public boolean concern(String code) {
        return concerns.contains(code);
    }

    public Set<String> concerns() {
        return concerns;
    }

    public boolean circumstance(String code) {
        return circumstances.contains(code);
    }

    public String concernFilter() {
        return concernFilter;
    }

    private static Boolean yesNo(String v) {
        return "yes".equals(v) ? Boolean.TRUE : "no".equals(v) ? Boolean.FALSE : null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static String trimmed(String s) {
        return s == null ? "" : s.strip();
    }

    private static void addAll(Set<String> into, List<String> values) {
        if (values != null) {
            values.stream().filter(v -> v != null && !v.isBlank()).map(String::strip).forEach(into::add);
        }
    }

    /** Whole numbers as typed; anything else is a problem for the field, never a guess. */
    private record Numbers(FormErrors errors) {
        Integer integer(String field, String typed) {
            if (typed == null || typed.isBlank()) {
                return null;
            }
            try {
                return Integer.valueOf(typed.strip());
            } catch (NumberFormatException e) {
                errors.addApi(field, "must be a whole number, like 7");
                return null;
            }
        }
    }
}
