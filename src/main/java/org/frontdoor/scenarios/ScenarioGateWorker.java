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
 * draft's models are compiled and evaluated there, never in the service. Each worker serves one run and is ended
 * after it, killed at the caller's time limit, and ends itself if it needs more than
 * {@code frontdoor.scenarios.worker-heap}. After the first run, one spare worker is kept ready, warmed by running one feature on
 * the packaged rules ({@code frontdoor.scenarios.warm-spare}, on by default), so later runs skip the cold start.
 */
@Service
public class ScenarioGateWorker implements org.springframework.beans.factory.DisposableBean {
    private static final Logger log = LoggerFactory.getLogger(ScenarioGateWorker.class);

    private final AtomicBoolean running = new AtomicBoolean();
    private final String scenariosDirectory;
    private final String heap;
    private final Duration startLimit;
    private final ObjectMapper json = GateWorkerMain.json();
    private final boolean keepSpare;
    private final java.util.concurrent.atomic.AtomicReference<Workers.Handle> spare = new java.util.concurrent.atomic.AtomicReference<>();
    private final java.util.concurrent.ExecutorService starter = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "scenario-gate-spare-starter");
        t.setDaemon(true);
        return t;
    });
    private volatile boolean closed;
    /** A spare is being started (page views in the meantime start no other). */
    private final java.util.concurrent.atomic.AtomicBoolean starting = new java.util.concurrent.atomic.AtomicBoolean();
    private volatile long lastWorker;

    public ScenarioGateWorker(@Value("${frontdoor.scenarios.directory:features}") String scenariosDirectory,
                              @Value("${frontdoor.scenarios.worker-heap:512m}") String heap,
                              @Value("${frontdoor.rules.worker-start-limit:60s}") Duration startLimit,
                              @Value("${frontdoor.scenarios.warm-spare:true}") boolean keepSpare) {
        this.keepSpare = keepSpare;
        this.scenariosDirectory = scenariosDirectory;
        this.heap = heap;
        this.startLimit = startLimit;
    }

    /** The warm spare, if one is ready (it is used once, then a new one is started). */
    private Workers.Handle takeSpare() {
        Workers.Handle w = spare.getAndSet(null);
        if (w != null && !w.alive()) {
            w.end();
            return null;
        }
        return w;
    }

    /**
     * After a run, a new worker starts in the background and runs one feature on the packaged rules before it is ready, so
     * the next run (usually the same policy lead's, after a fix) does not wait for a cold JVM and instance.
     */
    private void startSpare() {
        if (!keepSpare || closed || spare.get() != null || !starting.compareAndSet(false, true)) {
            return;
        }
        starter.execute(() -> {
            try {
                Workers.Handle w = Workers.start(GateWorkerMain.class, heap, Duration.ofMinutes(5),
                        List.of(GateWorkerMain.WARM, Path.of(scenariosDirectory).toAbsolutePath().toString()));
                if (closed || !spare.compareAndSet(null, w)) {
                    w.end();
                }
            } catch (RuntimeException e) {
                log.warn("A spare scenario-gate worker could not be started: {}", e.getMessage());
            } finally {
                starting.set(false);
            }
        });
    }

    /**
     * Has a warm spare started in the background if none is ready (a draft's page is open: a gate run is likely), so
     * even the first run after the service starts does not wait for a cold JVM and instance.
     */
    public void prepare() {
        if (!running.get()) {
            startSpare();
        }
    }

    /** Whether a warm spare is ready (for tests and benchmarks). */
    boolean spareReady() {
        Workers.Handle w = spare.get();
        return w != null && w.alive();
    }

    /** The process id of the worker the last run used (for tests and operations). */
    long lastWorkerPid() {
        return lastWorker;
    }

    @Override
    public void destroy() {
        closed = true;
        starter.shutdownNow();
        Workers.Handle w = spare.getAndSet(null);
        if (w != null) {
            w.end();
        }
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
            Workers.Handle worker = takeSpare();
            if (worker == null) {
                worker = Workers.start(GateWorkerMain.class, heap, startLimit, List.of());
            }
            lastWorker = worker.pid();
            byte[] answer = worker.askOnce(request, limit);
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
            startSpare();
        }
    }
}
