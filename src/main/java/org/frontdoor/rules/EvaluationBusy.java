package org.frontdoor.rules;

/** Every thread for untrusted models is busy and the waiting line is full: try again shortly. */
public class EvaluationBusy extends RuntimeException {
    public EvaluationBusy() {
        super("Too many untrusted models are being evaluated at once; try again shortly.");
    }
}
