package org.frontdoor.web;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The words the forms use for each field, so a problem the API names reads as the page does ("Child 2 age: ..."). */
final class FieldLabels {
    private static final Pattern CHILD = Pattern.compile("children-(\\d+)-(\\w+)");
    private static final Pattern ADULT = Pattern.compile("adults-(\\d+)-(\\w+)");
    private static final Map<String, String> CHILD_LABELS = Map.ofEntries(Map.entry("ref", "reference"), Map.entry("ageYears", "age"),
            Map.entry("unbornWeeks", "weeks of pregnancy"), Map.entry("nonMobile", "mobility"), Map.entry("disability", "disability"),
            Map.entry("nhsNumber", "NHS number"), Map.entry("localId", "council ID"), Map.entry("accept", "decision"),
            Map.entry("level", "level"), Map.entry("pathways", "primary pathway"), Map.entry("givenName", "given name"),
            Map.entry("familyName", "family name"), Map.entry("dateOfBirth", "date of birth"), Map.entry("expectedDate", "expected date"),
            Map.entry("sex", "sex"), Map.entry("address", "address"), Map.entry("household", "who the child lives with"),
            Map.entry("school", "school or setting"), Map.entry("views", "views"), Map.entry("concerns", "concerns"));
    private static final Map<String, String> ADULT_LABELS = Map.of("name", "name", "relationship", "relationship",
            "parentalResponsibility", "parental responsibility", "livesWithChildren", "lives with the children", "phone", "phone number");
    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("referrer-type", "Referrer type"), Map.entry("referrer-anonymous", "Anonymity"),
            Map.entry("referrer-name", "Referrer’s name"), Map.entry("referrer-role", "Their role"),
            Map.entry("referrer-organisation", "Their organisation"), Map.entry("referrer-phone", "Phone number"),
            Map.entry("referrer-email", "Email address"), Map.entry("receivedAt", "Date received"), Map.entry("receivedAt-time", "Time received"),
            Map.entry("effectiveFrom", "In force from"), Map.entry("effectiveFrom-time", "Time"), Map.entry("urgentReason", "Why it cannot wait"),
            Map.entry("channel", "How did the contact come"), Map.entry("account", "What the referrer said"),
            Map.entry("adviceOnly", "Advice only"), Map.entry("adults", "Adults"), Map.entry("concernSources", "Where each concern came from"),
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
        Matcher a = ADULT.matcher(fieldId);
        if (a.matches()) {
            return "Adult " + (Integer.parseInt(a.group(1)) + 1) + " " + ADULT_LABELS.getOrDefault(a.group(2), a.group(2));
        }
        return LABELS.getOrDefault(fieldId, fieldId);
    }

    /** "Child 2 age: must be ..." from an API field name and the API's message. */
    static String problem(String apiField, String message) {
        return label(FormErrors.fieldId(apiField)) + ": " + message;
    }
}
