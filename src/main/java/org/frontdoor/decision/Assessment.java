package org.frontdoor.decision;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The recommendation for every child of a contact. A person decides; this is what the tables advise and why. */
public record Assessment(Instant receivedAt, List<ChildRecommendation> children, RuleSetRef ruleSet) {

    public record ChildRecommendation(String ref, Level level, List<Pathway> pathways, ConsentAdvice consent,
                                      List<Reason> rationale, List<MissingInformation> missingInformation,
                                      HistoryUsed history, RuleSetRef ruleSet) {
        public Pathway primaryPathway() {
            return pathways.stream().filter(Pathway::primary).findFirst().orElseThrow();
        }

        ChildRecommendation withHistory(HistoryUsed used) {
            return new ChildRecommendation(ref, level, pathways, consent, rationale, missingInformation, used, ruleSet);
        }
    }

    /**
     * Where the contact history the tables used came from: the front door's own records of this child (which then
     * replace what the referrer said), the referrer, or nowhere.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record HistoryUsed(String source, Integer contactsLast12Months, Integer referralsLast12Months, Boolean reReferral,
                              String openCase, List<ChildHistory.EarlierContact> earlierContacts) {
    }

    public record Level(int value, String label) {
    }

    /** @param socialCare whether this pathway makes the contact a referral to children's social care (DfE) */
    public record Pathway(String code, String label, boolean primary, String timescale, Instant dueBy, boolean socialCare) {
    }

    public record ConsentAdvice(boolean required, String advice) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Reason(String ruleId, String table, String reason, String guidanceRef, Boolean mandatory) {
    }

    public record MissingInformation(String field, String question) {
    }

    public record RuleSetRef(String version, String hash) {
    }
}
