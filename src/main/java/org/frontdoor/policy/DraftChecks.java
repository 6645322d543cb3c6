package org.frontdoor.policy;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

/**
 * What must be true before a draft may be approved: the validation report has no errors and the scenario gate ran
 * on the draft as it now stands, with every failing scenario marked as an intended change.
 */
@Component
class DraftChecks {
    private final ScenarioGateRuns gate;
    private final DraftValidation validation;

    DraftChecks(ScenarioGateRuns gate, DraftValidation validation) {
        this.gate = gate;
        this.validation = validation;
    }

    /** Plain-English reasons the draft cannot be approved yet; empty when nothing blocks. */
    List<String> blockers(RuleSetVersion draft) {
        List<String> out = new ArrayList<>();
        int errors = validation.report(draft).errors().size();
        if (errors > 0) {
            out.add("The validation report has " + errors + (errors == 1 ? " error" : " errors") + "; correct the tables first.");
        }
        out.addAll(gate.blockers(draft));
        return out;
    }
}
