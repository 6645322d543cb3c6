package org.frontdoor.rules;

import java.util.List;

/** What the validator says about a draft rule set: publishable only when there are no errors. */
public record ValidationReport(boolean publishable, List<Finding> errors, List<Finding> warnings, long millis) {
    public ValidationReport {
        errors = List.copyOf(errors);
        warnings = List.copyOf(warnings);
    }
}
