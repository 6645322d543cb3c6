package org.frontdoor.rules;

import java.util.List;

/**
 * One thing the validator found in an uploaded rule set, in plain English for the policy lead.
 *
 * @param severity      {@code error} (blocks publishing) or {@code warning} (shown only)
 * @param kind          what sort of finding: gap, overlap, masked rule, subsumption, not analysed, schema, model,
 *                      compilation, contract, style, upload
 * @param model         the DMN model's name (or the file name when the file could not be read as a model)
 * @param table         the decision, business knowledge model or table concerned, or null
 * @param ruleIds       the rows concerned by their "Rule id" annotation (else the row's DMN id, else "row N")
 * @param message       plain English
 * @param engineMessage the engine's own text, for the curious; null for the service's own checks
 */
public record Finding(String severity, String kind, String model, String table, List<String> ruleIds, String message,
                      String engineMessage) {
    public static final String ERROR = "error";
    public static final String WARNING = "warning";

    public Finding {
        ruleIds = ruleIds == null ? List.of() : List.copyOf(ruleIds);
    }

    public boolean isError() {
        return ERROR.equals(severity);
    }
}
