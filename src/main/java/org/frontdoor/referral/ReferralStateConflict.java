package org.frontdoor.referral;

/**
 * A feedback or follow-up action that does not fit where the referral stands (not ratified yet, feedback already sent,
 * a social-care outcome, a check already done); nothing was stored.
 */
public class ReferralStateConflict extends RuntimeException {
    private final String decisionStatus;

    ReferralStateConflict(String detail, String decisionStatus) {
        super(detail);
        this.decisionStatus = decisionStatus;
    }

    /** Our own sentence, safe to show. */
    public String detail() {
        return getMessage();
    }

    public String decisionStatus() {
        return decisionStatus;
    }
}
