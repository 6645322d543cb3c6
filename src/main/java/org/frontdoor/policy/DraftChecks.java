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

    DraftChecks(ScenarioGateRuns gate) {
        this.gate = gate;
    }

    /** Plain-English reasons the draft cannot be approved yet; empty when nothing blocks. */
    List<String> blockers(RuleSetVersion draft) {
        List<String> out = new ArrayList<>();
        out.addAll(gate.blockers(draft));
        return out;
    }
}
