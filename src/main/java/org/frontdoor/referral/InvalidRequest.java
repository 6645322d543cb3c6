package org.frontdoor.referral;

import java.util.List;

/** A feedback or follow-up request that cannot be recorded as given; every offending field is named. */
public class InvalidRequest extends RuntimeException {
    private final List<InvalidDecision.Problem> problems;

    InvalidRequest(List<InvalidDecision.Problem> problems) {
        super(problems.size() + " problem(s) with the request");
        this.problems = List.copyOf(problems);
    }

    public List<InvalidDecision.Problem> problems() {
        return problems;
    }
}
