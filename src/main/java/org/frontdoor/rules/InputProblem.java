package org.frontdoor.rules;

/** A request field that the rule set's input types do not accept. */
public record InputProblem(String field, String message) {
}
