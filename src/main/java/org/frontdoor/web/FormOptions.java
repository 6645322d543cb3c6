package org.frontdoor.web;

import java.util.List;

/**
 * The API's coded answers the forms offer (the contact's vocabulary, as documented on {@code decision.Contact});
 * what each is called on a page is in messages.properties. Levels, pathways and indicators are not here: they
 * come from the tables.
 */
public final class FormOptions {
    public static final List<String> REFERRER_TYPES = List.of("police", "school", "early-years", "health", "gp", "hospital",
            "mental-health", "probation", "housing", "voluntary", "other-la", "parent", "family", "public", "self");
    /** The agencies that use "check a concern": professionals, who never stay anonymous. */
    public static final List<String> PARTNER_TYPES = List.of("school", "early-years", "health", "gp", "hospital", "mental-health",
            "police", "probation", "housing", "voluntary");
    public static final List<String> DISABILITY = List.of("none", "some", "severe");
    public static final List<String> CHANNELS = List.of("phone", "email", "portal", "in-person", "police-notification");
    public static final List<String> SEX = List.of("female", "male", "not-known", "other");
    public static final List<String> RELATIONSHIPS = List.of("mother", "father", "step-parent", "partner-of-parent", "grandparent",
            "other-relative", "carer", "other-significant-adult");
    public static final List<String> SOURCES = List.of("seen-by-referrer", "said-by-child", "said-by-parent", "reported-by-someone-else");
    public static final List<String> DOMESTIC_ABUSE_RISK = List.of("none", "standard", "medium", "high");
    public static final List<String> CONSENT = List.of("given", "refused", "not-sought-risk", "not-sought-other", "not-required");
    public static final List<String> OPEN_CASE = List.of("none", "early-help", "child-in-need", "child-protection", "looked-after");
    public static final List<String> CIRCUMSTANCES = List.of("immediate-danger", "allegation-against-person-working-with-children",
            "private-fostering", "missing-episode", "homeless-16-17", "offending", "parent-refuses-help", "out-of-hours",
            "family-and-friends-care");
    /** Circumstances a partner can tell on a check (out-of-hours is the front door's own fact). */
    public static final List<String> PARTNER_CIRCUMSTANCES = List.of("immediate-danger", "allegation-against-person-working-with-children",
            "private-fostering", "missing-episode", "homeless-16-17", "parent-refuses-help",
            "family-and-friends-care");
    public static final List<String> REASON_CATEGORIES = List.of("new-information", "professional-judgement", "family-context",
            "resource-constraint", "other");

    private FormOptions() {
    }

    /** What one form offers: who may be the referrer, which circumstances may be told; the rest is the same everywhere. */
    public record View(List<String> referrerTypes, List<String> circumstances) {
        public List<String> disability() {
            return DISABILITY;
        }

        public List<String> domesticAbuseRisk() {
            return DOMESTIC_ABUSE_RISK;
        }

        public List<String> consent() {
            return CONSENT;
        }

        public List<String> openCase() {
            return OPEN_CASE;
        }

        public List<String> reasonCategories() {
            return REASON_CATEGORIES;
        }

        public List<String> channels() {
            return CHANNELS;
        }

        public List<String> sex() {
            return SEX;
        }

        public List<String> relationships() {
            return RELATIONSHIPS;
        }

        public List<String> sources() {
            return SOURCES;
        }
    }
}
