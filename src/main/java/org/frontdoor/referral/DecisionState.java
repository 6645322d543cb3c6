package org.frontdoor.referral;

import java.time.Instant;
import java.util.List;

/**
 * Where the human decision on a referral stands: awaiting-decision, awaiting-authorisation (an override of a
 * mandatory escalation waits for a second, manager authoriser), awaiting-ratification, ratified, or sent-back (a manager
 * returned it to the practitioner with a reason; it waits for a new decision).
 */
public record DecisionState(String referralId, String status, List<ChildOutcome> children, List<Override> overrides,
                            String decidedBy, Instant decidedAt, Boolean authorisationRequired,
                            String authorisedBy, Instant authorisedAt, String ratifiedBy, Instant ratifiedAt,
                            Boolean decidedWithinOneWorkingDay, Boolean ratifiedWithinOneWorkingDay, int version,
                            @io.swagger.v3.oas.annotations.media.Schema(description = "The manager's note on authorising the override") String authorisedNote,
                            @io.swagger.v3.oas.annotations.media.Schema(description = "The manager's note on ratifying") String ratifiedNote,
                            @io.swagger.v3.oas.annotations.media.Schema(description = "The manager who last sent the decision back to the practitioner") String sentBackBy,
                            Instant sentBackAt,
                            @io.swagger.v3.oas.annotations.media.Schema(description = "Why it was sent back") String sentBackReason) {

    public static final String AWAITING_DECISION = "awaiting-decision";
    public static final String AWAITING_AUTHORISATION = "awaiting-authorisation";
    public static final String AWAITING_RATIFICATION = "awaiting-ratification";
    public static final String RATIFIED = "ratified";
    /** A manager sent the decision back to the practitioner with a reason: it waits for a new decision. */
    public static final String SENT_BACK = "sent-back";

    static DecisionState undecided(String referralId) {
        return new DecisionState(referralId, AWAITING_DECISION, List.of(), List.of(), null, null, null, null, null, null, null,
                null, null, 0, null, null, null, null, null);
    }

    /** The recommended and the final response for one child; the first pathway is the primary one. */
    public record ChildOutcome(String ref, boolean accepted, boolean overridden, int recommendedLevel, List<String> recommendedPathways,
                               int level, List<String> pathways, String reason) {
    }

    /** A child whose final response differs from the recommendation, why, and which rules the practitioner set aside. */
    public record Override(String ref, String reasonCategory, String reason, List<String> mandatoryRulesOverridden,
                           List<String> rulesDisagreedWith) {
    }
}
