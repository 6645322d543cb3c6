package org.frontdoor.referral;

import java.util.List;

/** The decision cannot be recorded as given; every offending field is named. */
public class InvalidDecision extends RuntimeException {
    private final List<Problem> problems;

    public record Problem(String field, String message) {
    }

    InvalidDecision(List<Problem> problems) {
        super(problems.size() + " problem(s) with the decision");
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
