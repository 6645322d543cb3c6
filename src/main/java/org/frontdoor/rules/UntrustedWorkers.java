package org.frontdoor.rules;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.frontdoor.rules.internal.WorkerMain;
import org.frontdoor.rules.internal.WorkerProcess;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Service;

/**
 * A small pool of untrusted-model worker processes ({@link WorkerMain}): the sandbox's models and a draft's
 * validation run there, never in the service. Each call has a time limit; a worker that passes it, or that runs out
 * of its small heap, is killed and replaced by a warm one started in the background, so a runaway model costs the
 * service neither a thread nor memory. At most {@code frontdoor.rules.workers} calls run at once; up to
 * {@code evaluation-queue} more wait for a worker, and further ones are refused ({@link EvaluationBusy}). Workers start
 * on first use, then stay warm; each is replaced after {@link #RECYCLE_AFTER} calls so nothing one model left behind
 * lives long.
 */
@Service
public class UntrustedWorkers implements DisposableBean {
    private static final Logger log = LoggerFactory.getLogger(UntrustedWorkers.class);
    static final int RECYCLE_AFTER = 500;

    private final String heap;
    private final Duration startLimit;
    private final int queue;
    private final int size;
    private final Class<?> main;
    private final int recycleAfter;
    private final List<String> args;
    private final Semaphore slots;
    private final LinkedBlockingDeque<WorkerProcess> idle = new LinkedBlockingDeque<>();
    private final java.util.Set<WorkerProcess> all = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private final AtomicInteger waiting = new AtomicInteger();
    private final AtomicInteger killed = new AtomicInteger();
    private final AtomicInteger started = new AtomicInteger();
    private final ExecutorService spares = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "untrusted-model-worker-starter");
        t.setDaemon(true);
        return t;
    });
    private final ObjectMapper json = WorkerMain.json();
    private volatile boolean closed;

    @org.springframework.beans.factory.annotation.Autowired
    public UntrustedWorkers(RulesProperties properties) {
        this(properties.workers(), properties.workerHeap(), properties.evaluationQueue(), properties.workerStartLimit(), true);
    }

    /** A pool whose workers do not warm up with a validation (the sandbox alone needs no validator warmed). */
    public UntrustedWorkers(int workers, String heap, int queue, Duration startLimit) {
        this(workers, heap, queue, startLimit, false);
    }

    /** @param warmValidation each worker validates the packaged rule set before it is ready, so its first validation is warm */
    public UntrustedWorkers(int workers, String heap, int queue, Duration startLimit, boolean warmValidation) {
        this(WorkerMain.class, warmValidation ? List.of(WorkerMain.WARM_VALIDATION) : List.of(), workers, heap, queue, startLimit, RECYCLE_AFTER);
    }

    /**
     * A pool of workers running another program that speaks the same frames (see {@link WorkerProcess#start(Class,
     * String, Duration, List)}), e.g. the impact analysis's replay worker.
     *
     * @param recycleAfter calls after which a worker is replaced by a fresh one
     */
    public UntrustedWorkers(Class<?> main, List<String> args, int workers, String heap, int queue, Duration startLimit, int recycleAfter) {
        this.recycleAfter = recycleAfter;
        this.main = main;
        this.args = List.copyOf(args);
        if (workers < 1 || queue < 0) {
            throw new IllegalArgumentException("at least one worker is needed and the queue cannot be negative");
        }
        this.heap = heap;
        this.queue = queue;
        this.startLimit = startLimit;
        this.size = workers;
        this.slots = new Semaphore(workers, true);
    }

    /**
     * Compiles one model and evaluates it against the context in a worker.
     *
     * @throws ModelDoesNotCompile   the engine would not compile it
     * @throws SandboxInputInvalid   a context value does not have the form its input's type needs
     * @throws EvaluationTimedOut    it took longer than {@code limit}; the worker was killed
     * @throws EvaluationOutOfMemory it needed more than the worker's heap; the worker ended
     * @throws EvaluationBusy        too many untrusted models are waiting already
     */
    public SandboxResult sandbox(ModelFile file, Map<String, ?> context, SandboxResult.Model summary, Duration limit) {
        @SuppressWarnings("unchecked")
        Map<String, Object> values = (Map<String, Object>) context;
        WorkerMain.Response r = ask(new WorkerMain.Request("sandbox", List.of(file), values, summary), WorkerMain.Response.class, limit);
        if (r.compile() != null) {
            throw new ModelDoesNotCompile(r.compile());
        }
        if (r.input() != null) {
            throw new SandboxInputInvalid(r.input());
        }
        if (r.sandbox() == null) {
            throw new ModelDoesNotCompile(List.of(new SandboxResult.Message("ERROR", "ENGINE_STOPPED",
                    "The engine stopped while working on the model (" + r.internal() + ").", null)));
        }
        return r.sandbox();
    }

    /** Every check of a rule set ({@link RuleSetValidator}), run in a worker; the same errors as {@link #sandbox}. */
    public ValidationReport validate(List<ModelFile> models, Duration limit) {
        WorkerMain.Response r = ask(new WorkerMain.Request("validate", models, null, null), WorkerMain.Response.class, limit);
        if (r.validation() == null) {
            throw new IllegalStateException("the model worker could not validate the rule set (" + r.internal() + ")");
        }
        return r.validation();
    }

    /**
     * Sends one request (written as JSON) to a worker and reads its answer as {@code answer}; the same limits and
     * errors as {@link #sandbox}.
     */
    public <T> T ask(Object request, Class<T> answer, Duration limit) {
        byte[] bytes = call(request, limit);
        try {
            return json.readValue(bytes, answer);
        } catch (IOException e) {
            throw new IllegalStateException("the model worker's answer could not be read", e);
        }
    }

    private byte[] call(Object request, Duration limit) {
        byte[] frame;
        try {
            frame = json.writeValueAsBytes(request);
        } catch (IOException e) {
            throw new IllegalStateException("the request for the model worker could not be written", e);
        }
        if (!slots.tryAcquire()) {
            if (waiting.incrementAndGet() > queue) {
                waiting.decrementAndGet();
                throw new EvaluationBusy();
            }
            try {
                if (!slots.tryAcquire(limit.toNanos(), TimeUnit.NANOSECONDS)) {
                    throw new EvaluationBusy();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new EvaluationBusy();
            } finally {
                waiting.decrementAndGet();
            }
        }
        try {
            WorkerProcess worker = take();
            byte[] answer;
            try {
                answer = worker.call(frame, limit);
            } catch (WorkerProcess.Stopped stopped) {
                killed.incrementAndGet();
                spare();
                if (stopped.timedOut()) {
                    throw new EvaluationTimedOut(limit);
                }
                if (stopped.outOfMemory()) {
                    throw new EvaluationOutOfMemory(heap);
                }
                throw new ModelDoesNotCompile(List.of(new SandboxResult.Message("ERROR", "ENGINE_STOPPED",
                        "The model worker ended while working on the model.", null)));
            }
            giveBack(worker);
            return answer;
        } finally {
            slots.release();
        }
    }

    private WorkerProcess take() {
        WorkerProcess w;
        while ((w = idle.pollFirst()) != null) {
            if (w.isAlive()) {
                return w;
            }
            w.kill();
        }
        return startOne();
    }

    private WorkerProcess startOne() {
        try {
            WorkerProcess w = WorkerProcess.start(main, heap, startLimit, args);
            started.incrementAndGet();
            all.add(w);
            return w;
        } catch (IOException | WorkerProcess.Stopped e) {
            log.error("The untrusted-model worker could not be started: {}", e.getMessage());
            throw new IllegalStateException("the untrusted-model worker could not be started", e);
        }
    }

    private void giveBack(WorkerProcess w) {
        if (closed || w.uses() >= recycleAfter) {
            w.kill();
            spare();
        } else if (!keep(w, true)) {
            w.kill();
        }
    }

    /** Keeps a worker warm unless the pool already holds as many as may run at once (idle and busy). */
    private synchronized boolean keep(WorkerProcess w, boolean first) {
        int busy = size - slots.availablePermits();
        if (closed || idle.size() + Math.max(0, busy - (first ? 1 : 0)) >= size) {
            return false;
        }
        if (first) {
            idle.addFirst(w);
        } else {
            idle.addLast(w);
        }
        return true;
    }

    /** Starts a replacement in the background, so the next caller finds a warm worker. */
    private void spare() {
        if (closed) {
            return;
        }
        spares.execute(() -> {
            try {
                WorkerProcess w = startOne();
                if (!keep(w, false)) {
                    w.kill();
                }
            } catch (RuntimeException e) {
                // logged; the next caller starts one itself
            }
        });
    }

    /** Ends the idle workers (their replacements start on the next call): for pools used in bursts. */
    public void retireIdle() {
        WorkerProcess w;
        while ((w = idle.pollFirst()) != null) {
            w.kill();
        }
    }

    /** How many calls run at once: the number of workers this pool keeps. */
    public int size() {
        return size;
    }

    /** Workers killed so far at a time or memory limit, or found ended. */
    public int killedWorkers() {
        return killed.get();
    }

    /** Worker processes started so far. */
    public int startedWorkers() {
        return started.get();
    }

    /** Worker processes of this pool still alive, idle or busy. */
    public int liveWorkers() {
        all.removeIf(w -> !w.isAlive());
        return all.size();
    }

    /** Process ids of the idle workers (for tests and operations). */
    public List<Long> idleWorkerPids() {
        return idle.stream().map(WorkerProcess::pid).toList();
    }

    @Override
    public void destroy() {
        closed = true;
        spares.shutdownNow();
        WorkerProcess w;
        while ((w = idle.pollFirst()) != null) {
            w.kill();
        }
    }
}
