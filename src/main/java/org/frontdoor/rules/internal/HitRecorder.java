package org.frontdoor.rules.internal;

import java.util.ArrayList;
import java.util.List;

import org.frontdoor.rules.RuleHit;
import org.frontdoor.rules.RuleRow;
import org.kie.dmn.api.core.event.AfterEvaluateDecisionTableEvent;
import org.kie.dmn.api.core.event.DMNRuntimeEventListener;

/**
 * Records the rows each decision table selected. A runtime has one listener but evaluations run on the
 * caller's thread, so each evaluation's hits go to a thread-local list.
 */
final class HitRecorder implements DMNRuntimeEventListener {
    private final ThreadLocal<List<RuleHit>> current = new ThreadLocal<>();
    private final TableRows rows;

    HitRecorder(TableRows rows) {
        this.rows = rows;
    }

    List<RuleHit> start() {
        List<RuleHit> hits = new ArrayList<>();
        current.set(hits);
        return hits;
    }

    void stop() {
        current.remove();
    }

    @Override
    public void afterEvaluateDecisionTable(AfterEvaluateDecisionTableEvent event) {
        List<RuleHit> hits = current.get();
        if (hits == null) {
            return;
        }
        for (Integer number : event.getSelected()) {
            RuleRow row = rows.row(event.getDecisionTableId(), number);
            if (row != null) {
                hits.add(new RuleHit(row.model(), row.table(), row.number(), row.ruleId(), row.annotations()));
            } else {
                hits.add(new RuleHit("", event.getNodeName(), number, "row " + number, java.util.Map.of()));
            }
        }
    }
}
