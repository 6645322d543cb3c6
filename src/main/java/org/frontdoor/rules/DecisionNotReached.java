package org.frontdoor.rules;

import java.util.List;

/** The engine reported an error or produced no usable answer: never replaced by a default. */
public class DecisionNotReached extends RuntimeException {
    private final String ruleSetVersion;
    private final List<String> problems;

    public DecisionNotReached(String ruleSetVersion, List<String> problems) {
        super("Rule set " + ruleSetVersion + " did not reach a decision: " + String.join("; ", problems));
        this.ruleSetVersion = ruleSetVersion;
        this.problems = List.copyOf(problems);
    }

    public String ruleSetVersion() {
        return ruleSetVersion;
    }

    public List<String> problems() {
        return problems;
    }
}
