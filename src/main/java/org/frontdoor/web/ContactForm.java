package org.frontdoor.web;

import java.io.Serializable;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.frontdoor.decision.Contact;
import org.springframework.util.MultiValueMap;

/**
 * The "record a contact" and "check a concern" forms as typed: every field keeps its API name
 * ({@code referrer.type}, {@code children[0].givenName}), so problems the API names map straight back to the field.
 * Kept in the session between "add a child", "add an adult", "remove", "filter" and "record", so no JavaScript is
 * needed. Dates are typed as day, month and year boxes ({@code children[0].dateOfBirth.day}), as GOV.UK asks.
 *
 * <p>Concerns: the concern picker chooses the contact's concerns; once chosen, each child's card lists them to untick
 * those that do not apply to that child. A concern ticked for every child is the contact's; one ticked for some
 * children only is those children's own.
 */
public final class ContactForm implements Serializable {
    static final List<String> CHILD_FIELDS = List.of("ref", "givenName", "familyName", "dateOfBirth.day", "dateOfBirth.month",
            "dateOfBirth.year", "ageYears", "expectedDate.day", "expectedDate.month", "expectedDate.year", "unbornWeeks", "sex",
            "nonMobile", "disability", "nhsNumber", "localId", "address", "household", "school", "views", "concernsShown");
    static final List<String> ADULT_FIELDS = List.of("name", "relationship", "parentalResponsibility", "livesWithChildren", "phone");
    private static final List<String> FIELDS = List.of("receivedAt.day", "receivedAt.month", "receivedAt.year", "receivedAt.time",
            "channel", "referrer.type", "referrer.anonymous", "referrer.name", "referrer.role", "referrer.organisation", "referrer.phone",
            "referrer.email", "account", "adviceOnly", "domesticAbuse.riskLevel",
            "domesticAbuse.dashYesCount", "domesticAbuse.incidentsLast12Months", "domesticAbuse.childrenPresent", "domesticAbuse.pregnancy",
            "consent.status", "consent.reason", "openCase", "gcp2MaxGrade", "history.contactsLast12Months",
            "history.referralsLast12Months", "history.previousCpPlan", "history.previousRemoval");

    private final Map<String, String> values = new LinkedHashMap<>();
    private final List<Map<String, String>> children = new ArrayList<>();
    private final List<Set<String>> childConcerns = new ArrayList<>();
    private final List<Map<String, String>> adults = new ArrayList<>();
    private final Set<String> concerns = new LinkedHashSet<>();
    private final Map<String, String> sources = new LinkedHashMap<>();
    private final Set<String> circumstances = new LinkedHashSet<>();
    private String concernFilter = "";
    /** This form's own idempotency key: the same form sent twice records one referral. */
    private String submission = "page-" + java.util.UUID.randomUUID();

    static ContactForm blank() {
        ContactForm form = new ContactForm();
        form.addChild();
        return form;
    }

    /** A blank contact form received now: the date and time boxes filled in with the present (the practitioner may change them). */
    static ContactForm blank(Instant now, ZoneId zone) {
        ContactForm form = blank();
        LocalDateTime at = LocalDateTime.ofInstant(now, zone);
        form.values.put("receivedAt.day", String.valueOf(at.getDayOfMonth()));
        form.values.put("receivedAt.month", String.valueOf(at.getMonthValue()));
        form.values.put("receivedAt.year", String.valueOf(at.getYear()));
        form.values.put("receivedAt.time", String.format("%02d:%02d", at.getHour(), at.getMinute()));
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
            Set<String> mine = new LinkedHashSet<>();
            addAll(mine, params.get("children[" + i + "].concerns"));
            form.childConcerns.add(mine);
        }
        if (form.children.isEmpty()) {
            form.addChild();
        }
        for (int i = 0; params.containsKey("adults[" + i + "].name"); i++) {
            Map<String, String> adult = new LinkedHashMap<>();
            for (String f : ADULT_FIELDS) {
                adult.put(f, trimmed(params.getFirst("adults[" + i + "]." + f)));
            }
            form.adults.add(adult);
        }
        addAll(form.concerns, params.get("concerns"));
        params.forEach((name, typed) -> {
            if (name.startsWith("source.") && typed != null && !typed.isEmpty() && !trimmed(typed.get(0)).isEmpty()) {
                form.sources.put(name.substring("source.".length()), trimmed(typed.get(0)));
            }
        });
        addAll(form.circumstances, params.get("circumstances"));
        form.concernFilter = trimmed(params.getFirst("concernFilter"));
        String key = trimmed(params.getFirst("submission"));
        if (key.matches("page-[0-9a-f-]{36}")) {
            form.submission = key;
        }
        return form;
    }

    void addChild() {
        Map<String, String> child = new LinkedHashMap<>();
        CHILD_FIELDS.forEach(f -> child.put(f, ""));
        child.put("ref", nextRef());
        children.add(child);
        childConcerns.add(new LinkedHashSet<>());
    }

    void removeChild(int index) {
        if (children.size() > 1 && index >= 0 && index < children.size()) {
            children.remove(index);
            childConcerns.remove(index);
        }
    }

    void addAdult() {
        Map<String, String> adult = new LinkedHashMap<>();
        ADULT_FIELDS.forEach(f -> adult.put(f, ""));
        adults.add(adult);
    }

    void removeAdult(int index) {
        if (index >= 0 && index < adults.size()) {
            adults.remove(index);
        }
    }

    /** A reference that is not yet used: child-1, child-2, ... */
    private String nextRef() {
        for (int n = children.size() + 1; ; n++) {
            String ref = "child-" + n;
            if (children.stream().noneMatch(c -> ref.equals(c.get("ref")))) {
                return ref;
            }
        }
    }

    /** The contact to assess; problems with what was typed (not a number, not a date) go into errors and the field is left out. */
    Contact toContact(FormErrors errors, List<String> onlyCircumstances) {
        return toContact(errors, onlyCircumstances, ZoneId.of("Europe/London"));
    }

    Contact toContact(FormErrors errors, List<String> onlyCircumstances, ZoneId zone) {
        Numbers n = new Numbers(errors);
        List<Set<String>> perChild = new ArrayList<>();
        for (int i = 0; i < children.size(); i++) {
            boolean shown = "1".equals(children.get(i).get("concernsShown"));
            Set<String> mine = new LinkedHashSet<>(concerns);
            if (shown) {
                mine.retainAll(childConcerns.get(i));
            }
            perChild.add(mine);
        }
        Set<String> common = new LinkedHashSet<>(concerns);
        perChild.forEach(common::retainAll);
        for (String code : concerns) {
            if (perChild.stream().noneMatch(s -> s.contains(code))) {
                errors.add("concerns", "Concerns: " + code + " is chosen but ticked for no child. Tick it for the children it applies to, or untick it");
            }
        }
        List<Contact.Child> kids = new ArrayList<>();
        for (int i = 0; i < children.size(); i++) {
            Map<String, String> c = children.get(i);
            String at = "children[" + i + "].";
            List<String> own = perChild.get(i).stream().filter(code -> !common.contains(code)).toList();
            kids.add(new Contact.Child(blankToNull(c.get("ref")), blankToNull(c.get("givenName")), blankToNull(c.get("familyName")),
                    FormDates.date(errors, at + "dateOfBirth", c), FormDates.date(errors, at + "expectedDate", c),
                    n.integer(at + "ageYears", c.get("ageYears")), n.integer(at + "unbornWeeks", c.get("unbornWeeks")),
                    blankToNull(c.get("sex")), "true".equals(c.get("nonMobile")) ? Boolean.TRUE : null,
                    blankToNull(c.get("disability")), blankToNull(c.get("nhsNumber")), blankToNull(c.get("localId")),
                    blankToNull(c.get("address")), blankToNull(c.get("household")), blankToNull(c.get("school")),
                    blankToNull(c.get("views")), own.isEmpty() ? null : own));
        }
        List<Contact.Adult> grownUps = adults.stream().map(a -> new Contact.Adult(blankToNull(a.get("name")), blankToNull(a.get("relationship")),
                yesNo(a.get("parentalResponsibility")), yesNo(a.get("livesWithChildren")), null, null, blankToNull(a.get("phone")))).toList();
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
        List<Contact.ConcernSource> told = new ArrayList<>();
        List<String> all = new ArrayList<>(concerns);
        sources.forEach((code, source) -> {
            if (all.contains(code)) {
                told.add(new Contact.ConcernSource(code, source));
            }
        });
        Contact.Referrer referrer = new Contact.Referrer(value("referrer.type"), "yes".equals(value("referrer.anonymous")),
                blankToNull(value("referrer.name")), blankToNull(value("referrer.role")), blankToNull(value("referrer.organisation")),
                blankToNull(value("referrer.phone")), blankToNull(value("referrer.email")));
        return new Contact(FormDates.receivedAt(values, errors, zone), blankToNull(value("channel")), referrer, blankToNull(value("account")),
                "true".equals(value("adviceOnly")) ? Boolean.TRUE : null, List.copyOf(kids), grownUps.isEmpty() ? null : grownUps,
                List.copyOf(common), told.isEmpty() ? null : told, da, consent, blankToNull(value("openCase")), history, circs, null,
                n.integer("gcp2MaxGrade", value("gcp2MaxGrade")), null);
    }

    /** The key the page sends back with the form (a hidden field). */
    public String submissionKey() {
        return submission;
    }

    public String value(String field) {
        return values.getOrDefault(field, "");
    }

    public List<Map<String, String>> children() {
        return children;
    }

    public List<Map<String, String>> adults() {
        return adults;
    }

    /** Whether a chosen concern applies to this child: yes unless the practitioner unticked it on the child's card. */
    public boolean childConcern(int child, String code) {
        boolean shown = "1".equals(children.get(child).get("concernsShown"));
        return !shown || childConcerns.get(child).contains(code);
    }

    public boolean concern(String code) {
        return concerns.contains(code);
    }

    public Set<String> concerns() {
        return concerns;
    }

    public String source(String code) {
        return sources.getOrDefault(code, "");
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
