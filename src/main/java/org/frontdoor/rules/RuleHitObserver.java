package org.frontdoor.rules;

import java.util.List;

/** Told of every row that fired in an evaluation (for rule-usage statistics and the scenario coverage gate). */
public interface RuleHitObserver {
    void observed(String ruleSetVersion, List<RuleHit> hits);
}
