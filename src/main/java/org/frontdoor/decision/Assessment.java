package org.frontdoor.decision;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The recommendation for every child of a contact. A person decides; this is what the tables advise and why. */
public record Assessment(Instant receivedAt, List<ChildRecommendation> children, RuleSetRef ruleSet) {

    /**
     * @param partnerActions what the person who raised the concern should do, one per distinct action of the child's
     *                       pathways, most urgent first (from the Pathway table's partner columns)
     */
    public record ChildRecommendation(String ref, Level level, List<Pathway> pathways, List<PartnerAction> partnerActions,
                                      ConsentAdvice consent, List<Reason> rationale, List<MissingInformation> missingInformation,
                                      HistoryUsed history, RuleSetRef ruleSet) {
        public Pathway primaryPathway() {
            return pathways.stream().filter(Pathway::primary).findFirst().orElseThrow();
        }

        ChildRecommendation withHistory(HistoryUsed used) {
            return new ChildRecommendation(ref, level, pathways, partnerActions, consent, rationale, missingInformation, used, ruleSet);
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

    /**
     * One thing a partner does about the concern.
     *
     * @param code     the pathway it comes from
     * @param text     what to do, in the council's words
     * @param due      how fast ("Now", "Today", "Within 1 working day", ...)
     * @param contact  whom to contact, as the council's contact key (front-door, police-999, lado, ...)
     * @param priority 0 for the most urgent; actions are listed in this order
     */
    @io.swagger.v3.oas.annotations.media.Schema(description = "One thing the person who raised the concern (a school, GP, police officer) should do,"
            + " from the Pathway table of a route the child has; the list is most urgent first")
    public record PartnerAction(
            @io.swagger.v3.oas.annotations.media.Schema(description = "The pathway code it comes from", example = "P11") String code,
            @io.swagger.v3.oas.annotations.media.Schema(description = "What to do, in the council's words",
                    example = "Tell the LADO (local authority designated officer) within 1 working day, before you investigate anything yourself.") String text,
            @io.swagger.v3.oas.annotations.media.Schema(description = "How fast", example = "Within 1 working day") String due,
            @io.swagger.v3.oas.annotations.media.Schema(description = "Whom to contact, as a key of the council's contact details",
                    example = "lado") String contact,
            @io.swagger.v3.oas.annotations.media.Schema(description = "0 is the most urgent (call 999)", example = "3") int priority) {
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
