package org.frontdoor.rules;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What the engine made of a draft model and a context, in JSON-safe values only: numbers (BigDecimal), strings,
 * booleans, lists, maps, null; dates, times and durations as ISO strings; ranges and functions as FEEL text.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record SandboxResult(Model model, List<Decision> decisions, List<FiredRules> firedRules, List<Message> messages) {

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Model(String name, String namespace, String dmnVersion) {
    }

    /** One decision: the engine's status (SUCCEEDED, FAILED, SKIPPED, NOT_EVALUATED...) and its result. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Decision(String name, String status, Object result) {
    }

    /**
     * One evaluation of a decision table (a table in a BKM invoked twice fires twice): the decision or BKM it
     * belongs to, the table's name, the 1-based numbers of the rules that matched and of those the hit policy
     * selected, the selected rules' ids, and per selected rule number its annotations (DMN 1.3+ annotation
     * columns, and the rule's description under "description").
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record FiredRules(String decision, String table, List<Integer> matched, List<Integer> selected, List<String> ruleIds,
                             Map<String, Map<String, String>> annotations) {
    }

    /** A message from the engine, as it gave it. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Message(String severity, String type, String text, String sourceId) {
    }
}
