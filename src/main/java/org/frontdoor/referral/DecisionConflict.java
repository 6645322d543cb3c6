package org.frontdoor.referral;

/** The action does not fit the decision's current state, or someone else changed it first; nothing was stored. */
public class DecisionConflict extends RuntimeException {
    private final DecisionState current;

    DecisionConflict(DecisionState current) {
        super("the decision is " + current.status());
        this.current = current;
    }

    public DecisionState current() {
        return current;
    }
}
