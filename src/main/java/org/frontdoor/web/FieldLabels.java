package org.frontdoor.web;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The words the forms use for each field, so a problem the API names reads as the page does ("Child 2 age: ..."). */
final class FieldLabels {
    private static final Pattern CHILD = Pattern.compile("children-(\\d+)-(\\w+)");
    private static final Map<String, String> CHILD_LABELS = Map.of("ref", "reference", "ageYears", "age",
            "unbornWeeks", "weeks of pregnancy", "nonMobile", "mobility", "disability", "disability", "nhsNumber", "NHS number",
            "localId", "council ID", "accept", "decision", "level", "level", "pathways", "primary pathway");
    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("referrer-type", "Who is making the contact"), Map.entry("referrer-anonymous", "Anonymity"),
            Map.entry("children", "Children"), Map.entry("concerns", "Concerns"),
            Map.entry("domesticAbuse-riskLevel", "Domestic abuse risk level"), Map.entry("domesticAbuse-dashYesCount", "DASH questions answered yes"),
            Map.entry("domesticAbuse-incidentsLast12Months", "Domestic abuse incidents in the last 12 months"),
            Map.entry("domesticAbuse-childrenPresent", "Children present"), Map.entry("domesticAbuse-pregnancy", "Pregnancy"),
            Map.entry("consent-status", "Consent"), Map.entry("consent-reason", "Why consent was refused or not sought"),
            Map.entry("openCase", "Open case"), Map.entry("gcp2MaxGrade", "Graded Care Profile 2 highest grade"),
            Map.entry("circumstances", "Circumstances"),
            Map.entry("history-contactsLast12Months", "Contacts in the last 12 months"),
            Map.entry("history-referralsLast12Months", "Referrals to social care in the last 12 months"),
            Map.entry("history-previousCpPlan", "Previous child protection plan"), Map.entry("history-previousRemoval", "Previous removal"),
            Map.entry("username", "Username"), Map.entry("password", "Password"));

    private FieldLabels() {
    }

    static String label(String fieldId) {
        Matcher m = CHILD.matcher(fieldId);
        if (m.matches()) {
            String field = m.group(2);
            String words = CHILD_LABELS.getOrDefault(field, field.equals("reasonCategory") ? "reason category" : field);
            return "Child " + (Integer.parseInt(m.group(1)) + 1) + " " + words;
        }
        return LABELS.getOrDefault(fieldId, fieldId);
    }

    /** "Child 2 age: must be ..." from an API field name and the API's message. */
    static String problem(String apiField, String message) {
        return label(FormErrors.fieldId(apiField)) + ": " + message;
    }
}
