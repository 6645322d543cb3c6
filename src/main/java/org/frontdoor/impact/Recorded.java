package org.frontdoor.impact;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.frontdoor.decision.Assessment.Level;
import org.frontdoor.decision.ChildHistory;
import org.frontdoor.decision.Outcome;

/** What a replay reads from a recorded recommendation: each child's outcome and the history it was assessed with. */
final class Recorded {
    private static final String FROM_RECORDS = "front-door records";

    private Recorded() {
    }

    /** The parts of a stored recommendation the replay reads; everything else is skipped by the parser. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Answer(List<RecordedChild> children) {
        List<Outcome> outcomes() {
            return children.stream().map(c -> new Outcome(c.level(), c.pathways().stream()
                    .map(p -> new Outcome.Route(p.code(), p.label(), p.primary(), p.socialCare())).toList())).toList();
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record RecordedChild(Level level, List<RecordedPathway> pathways, RecordedHistory history) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record RecordedPathway(String code, String label, boolean primary, boolean socialCare) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record RecordedHistory(String source, Integer contactsLast12Months, Integer referralsLast12Months, String openCase) {
    }

    /** The history from the front door's records each child was assessed with, as the recommendation kept it. */
    static Map<Integer, ChildHistory> knownHistory(Answer recorded) {
        Map<Integer, ChildHistory> known = new HashMap<>();
        List<RecordedChild> children = recorded.children() == null ? List.of() : recorded.children();
        for (int i = 0; i < children.size(); i++) {
            RecordedHistory h = children.get(i).history();
            if (h != null && FROM_RECORDS.equals(h.source())) {
                known.put(i, new ChildHistory(h.contactsLast12Months() == null ? 0 : h.contactsLast12Months(),
                        h.referralsLast12Months() == null ? 0 : h.referralsLast12Months(), h.openCase(), List.of()));
            }
        }
        return known;
    }
}
