package org.frontdoor.policy;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.frontdoor.rules.DecisionNotReached;
import org.frontdoor.rules.ModelFile;
import org.frontdoor.scenarios.ScenarioGateWorker;
import org.frontdoor.scenarios.ScenarioGate.GateRun;
import org.frontdoor.scenarios.ScenarioGate.ScenarioResult;
import org.frontdoor.security.ActingUser;
import org.springframework.stereotype.Component;

/**
 * Runs the scenarios in {@code features/} against a draft and keeps the outcome with the version, for the content it
 * ran on. A complete run is remembered by content hash, so identical tables are not run twice in one service.
 */
@Component
class ScenarioGateRuns {
    private final ScenarioGateWorker gate;
    private final RuleSetVersions versions;
    private final ObjectMapper json;
    private final Cache<String, GateRun> completeRuns = Caffeine.newBuilder().maximumSize(20).build();

    private final java.time.Duration limit;

    ScenarioGateRuns(ScenarioGateWorker gate, RuleSetVersions versions, ObjectMapper json, PolicyProperties properties) {
        this.limit = properties.draftTimeout();
        this.gate = gate;
        this.versions = versions;
        this.json = json;
    }

    /** A draft's page is open: a warm gate worker is made ready in the background (see {@link ScenarioGateWorker#prepare}). */
    public void prepare() {
        gate.prepare();
    }

    /** What a gate run found, with the author's intended changes beside the failures. */
    record GateReport(String version, String hash, boolean current, boolean complete, List<String> features, GateRun run,
                      Map<String, RuleSetVersion.IntendedChange> intended, List<String> blocking) {
    }

    /** What is stored with the version. */
    record StoredRun(String hash, boolean complete, List<String> features, GateRun run) {
    }

    /** Still under features/ once normalised (no absolute path after "features/", no empty or "." segments). */
    private static boolean insideFeatures(String path) {
        try {
            org.frontdoor.scenarios.ScenarioGate.requireInsideFeatures(path);
            return !path.contains("/./");
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    GateReport run(ActingUser actor, String version, List<String> features) {
        actor.require(ActingUser.Role.POLICY_LEAD, "run the scenario gate");
        RuleSetVersion v = versions.get(version);
        List<String> chosen = features == null ? List.of() : features.stream().filter(f -> f != null && !f.isBlank()).map(String::strip).toList();
        for (int i = 0; i < chosen.size(); i++) {
            if (!chosen.get(i).matches("features/[A-Za-z0-9_/.-]+\\.feature(:\\d+)?") || chosen.get(i).contains("..")
                    || !insideFeatures(chosen.get(i))) {
                throw PolicyProblem.invalid("features[" + i + "]", "must name a feature file under features/, e.g. features/decision/levels.feature");
            }
        }
        boolean complete = chosen.isEmpty();
        List<ModelFile> models = versions.models(version);
        GateRun run = complete ? completeRuns.getIfPresent(v.hash()) : null;
        if (run == null) {
            try {
                run = gate.run(models, chosen, limit);   // in a worker process, killed at the limit
            } catch (DecisionNotReached e) {
                throw PolicyProblem.conflict("The draft's tables do not compile, so no scenario can run. Read the validation report.", e.problems());
            }
            if (complete) {
                completeRuns.put(v.hash(), run);
            }
        }
        StoredRun stored = new StoredRun(v.hash(), complete, chosen, run);
        versions.recordGate(version, v.hash(), write(stored), actor.name(),
                run.passed() + " passed, " + run.failed() + " failed" + (complete ? "" : " (" + String.join(", ", chosen) + ")"));
        return report(versions.get(version), stored);
    }

    Optional<GateReport> last(String version) {
        RuleSetVersion v = versions.get(version);
        return versions.gateReport(version).map(this::read).map(stored -> report(v, stored));
    }

    /** Why the gate does not yet allow approval: empty when a complete run on this content has only intended failures. */
    List<String> blockers(RuleSetVersion v) {
        Optional<GateReport> last = last(v.version());
        if (last.isEmpty() || !last.get().current()) {
            return List.of("Run the scenario gate on the draft as it now stands.");
        }
        if (!last.get().complete()) {
            return List.of("The last scenario gate ran only some scenarios; run all of them.");
        }
        return last.get().blocking().stream().map(s -> "Scenario " + s + " fails and is not marked as an intended change.").toList();
    }

    private GateReport report(RuleSetVersion v, StoredRun stored) {
        Map<String, RuleSetVersion.IntendedChange> intended = new java.util.LinkedHashMap<>();
        v.intendedChanges().forEach(c -> intended.put(c.scenario(), c));
        List<String> blocking = stored.run().scenarios().stream().filter(s -> !"passed".equals(s.status()))
                .map(ScenarioResult::location).filter(l -> !intended.containsKey(l)).toList();
        return new GateReport(v.version(), stored.hash(), stored.hash().equals(v.hash()), stored.complete(), stored.features(), stored.run(),
                intended, blocking);
    }

    private String write(StoredRun run) {
        try {
            return json.writeValueAsString(run);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot store the gate run", e);
        }
    }

    private StoredRun read(String text) {
        try {
            return json.readValue(text, StoredRun.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot read the stored gate run", e);
        }
    }
}
