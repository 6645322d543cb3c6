package org.frontdoor.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Problems with a submitted form, in page order, each keyed by the id of the field it is about, so the error
 * summary can link to the field and the field can show its own message. API field names ({@code children[0].ageYears},
 * {@code consent.status}) become form ids ({@code children-0-ageYears}, {@code consent-status}).
 */
public final class FormErrors {
    public record Problem(String fieldId, String message) {
    }

    private static final List<String> PAGE_ORDER = List.of("actor", "receivedAt", "channel", "referrer", "account", "concerns", "source",
            "adviceOnly", "children", "adults", "domesticAbuse", "consent", "circumstances", "openCase", "gcp2", "history", "note");

    private final Map<String, Problem> problems = new LinkedHashMap<>();

    static FormErrors none() {
        return new FormErrors();
    }

    static String fieldId(String apiField) {
        return apiField.replace(".<list element>", "").replaceAll("\\[(\\d+)]\\.", "-$1-").replaceAll("\\[\\d+]$", "").replace('.', '-');
    }

    /** Adds a problem unless the field already has one (the first message is the one worth reading). */
    FormErrors add(String fieldId, String message) {
        problems.putIfAbsent(fieldId, new Problem(fieldId, message));
        return this;
    }

    /** A problem the API named by its field ({@code children[1].ageYears}), worded with the form's label. */
    FormErrors addApi(String apiField, String message) {
        return add(fieldId(apiField), FieldLabels.problem(apiField, message));
    }

    public boolean any() {
        return !problems.isEmpty();
    }

    public boolean has(String fieldId) {
        return problems.containsKey(fieldId);
    }

    public String message(String fieldId) {
        Problem p = problems.get(fieldId);
        return p == null ? null : p.message();
    }

    /** In the order the fields appear on the page, so the summary reads top to bottom. */
    public List<Problem> all() {
        List<Problem> out = new ArrayList<>(problems.values());
        out.sort(Comparator.comparingInt(p -> position(p.fieldId())));
        return out;
    }

    private static int position(String fieldId) {
        for (int i = 0; i < PAGE_ORDER.size(); i++) {
            if (fieldId.startsWith(PAGE_ORDER.get(i))) {
                return i;
            }
        }
        return PAGE_ORDER.size();
    }
}
