package org.frontdoor.rules;

import java.time.Duration;

/** Untrusted work (compiling or evaluating a model) did not finish within the configured limit. */
public class EvaluationTimedOut extends RuntimeException {
    private final Duration limit;

    public EvaluationTimedOut(Duration limit) {
        super("The model did not finish within the limit of " + BoundedEvaluation.describe(limit) + ".");
        this.limit = limit;
    }

    public Duration limit() {
        return limit;
    }
}
