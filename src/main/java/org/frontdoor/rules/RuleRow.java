package org.frontdoor.rules;

import java.util.List;
import java.util.Map;

/** One row of a decision table as written by the policy lead: what it tests, what it gives and why. */
public record RuleRow(String model, String table, String hitPolicy, int number, String ruleId,
                      List<String> inputEntries, List<String> outputEntries, Map<String, String> annotations) {

    public static final String RULE_ID = "Rule id";
    public static final String REASON = "Reason";
    public static final String GUIDANCE = "Guidance";
    public static final String MANDATORY = "Mandatory escalation";
    /** "no" keeps a row that only records that something does not apply out of the rationale. */
    public static final String IN_RATIONALE = "In rationale";

    /** Rule id as the rationale and coverage report name it: the annotation, else the row's DMN id. */
    public String label() {
        return table + " / " + ruleId;
    }
}
