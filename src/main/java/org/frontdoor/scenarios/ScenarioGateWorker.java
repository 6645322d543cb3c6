package org.frontdoor.scenarios;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.frontdoor.rules.DecisionNotReached;
import org.frontdoor.rules.ModelFile;
import org.frontdoor.rules.Workers;
import org.frontdoor.scenarios.ScenarioGate.GateRun;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Runs the scenario gate on a draft in a worker process of its own ({@link GateWorkerMain}), one run at a time: the
 * draft's models are compiled and evaluated there, never in the service. The worker is started for the run and ended
 * after it (a gate run starts a whole private instance of the service, so there is nothing worth keeping warm), killed
 * at the caller's time limit, and ends itself if it needs more than {@code frontdoor.scenarios.worker-heap}.
 */
@Service
public class ScenarioGateWorker {
    private static final Logger log = LoggerFactory.getLogger(ScenarioGateWorker.class);

    private final AtomicBoolean running = new AtomicBoolean();
    private final String scenariosDirectory;
    private final String heap;
    private final Duration startLimit;
    private final ObjectMapper json = GateWorkerMain.json();

    public ScenarioGateWorker(@Value("${frontdoor.scenarios.directory:features}") String scenariosDirectory,
                              @Value("${frontdoor.scenarios.worker-heap:512m}") String heap,
                              @Value("${frontdoor.rules.worker-start-limit:60s}") Duration startLimit) {
        this.scenariosDirectory = scenariosDirectory;
        this.heap = heap;
        this.startLimit = startLimit;
    }

    /**
     * Runs the scenarios (all of them when {@code featurePaths} is empty) against the draft in a worker.
     *
     * @throws GateBusy              another gate run is under way
     * @throws DecisionNotReached    the draft does not compile (no scenario can run)
     * @throws IllegalArgumentException a feature path outside {@code features/} or an unusable file name
     * @throws EvaluationTimedOut    the run took longer than {@code limit}; the worker was killed
     * @throws EvaluationOutOfMemory the run needed more than the worker's heap
     */
    public GateRun run(List<ModelFile> draftModels, List<String> featurePaths, Duration limit) {
        if (draftModels == null || draftModels.isEmpty()) {
            throw new IllegalArgumentException("A draft rule set needs at least one DMN file");
        }
        List<String> chosen = featurePaths == null ? List.of() : List.copyOf(featurePaths);
        chosen.forEach(ScenarioGate::requireInsideFeatures);
        ScenarioGate.requireUsableNames(draftModels);
        if (!running.compareAndSet(false, true)) {
            throw new GateBusy();
        }
        long start = System.nanoTime();
        try {
            byte[] request = json.writeValueAsBytes(new GateWorkerMain.Request(draftModels, chosen,
                    Path.of(scenariosDirectory).toAbsolutePath().toString()));
            byte[] answer = Workers.runOnce(GateWorkerMain.class, heap, startLimit, request, limit);
            GateWorkerMain.Response r = json.readValue(answer, GateWorkerMain.Response.class);
            if (r.notCompiled() != null) {
                throw new DecisionNotReached("draft", r.notCompiled());
            }
            if (r.refused() != null) {
                throw new IllegalArgumentException(r.refused());
            }
            if (r.run() == null) {
                throw new IllegalStateException("the scenario-gate worker could not run the scenarios (" + r.internal() + ")");
            }
            log.info("Scenario gate worker: {} scenarios in {} ms including the worker's start", r.run().scenarios().size(),
                    (System.nanoTime() - start) / 1_000_000);
            return r.run();
        } catch (IOException e) {
            throw new IllegalStateException("the scenario-gate worker's request or answer could not be read", e);
        } finally {
            running.set(false);
        }
    }
}
