package org.frontdoor.rules;

import java.util.List;
import java.util.Map;

/** What the rule set decided for one child, and every row that fired on the way, in evaluation order. */
public record Evaluation(Map<String, Object> decisions, List<RuleHit> hits) {
    public Object decision(String name) {
        return decisions.get(name);
    }
}
