package org.frontdoor.rules;

import java.util.Map;

/** One decision-table row that fired, with the annotations that explain it. */
public record RuleHit(String model, String table, int row, String ruleId, Map<String, String> annotations) {

    public String reason() {
        return annotations.getOrDefault(RuleRow.REASON, "");
    }

    public String guidanceRef() {
        return annotations.getOrDefault(RuleRow.GUIDANCE, "");
    }

    /** Whether this row explains the outcome: it gives a reason and is not marked "In rationale: no". */
    public boolean explains() {
        return !reason().isBlank() && !"no".equalsIgnoreCase(annotations.getOrDefault(RuleRow.IN_RATIONALE, "yes").trim());
    }

    public boolean mandatory() {
        return "yes".equalsIgnoreCase(annotations.getOrDefault(RuleRow.MANDATORY, "").trim());
    }
}
