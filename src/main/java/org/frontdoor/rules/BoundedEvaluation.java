package org.frontdoor.rules;

import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/**
 * Runs untrusted work (compiling or evaluating a model someone pasted or uploaded) on a small pool of its own, so
 * a runaway FEEL expression cannot hang a request thread and cannot take every core.
 *
 * <p>The caller waits at most {@code frontdoor.rules.evaluation-timeout}, time spent queued included, then gets
 * {@link EvaluationTimedOut}. The work is then cancelled: a queued task never starts, a running one is interrupted.
 *
 * <p><b>Stopping a runaway.</b> An interrupt only helps code that checks for it, and the KIE DMN/FEEL engine (10.2)
 * never does. So a worker still running {@link #GRACE} after its caller gave up is stopped with {@code Thread.stop}
 * (deprecated, but it works on Java 17, which this service runs on; from Java 20 it throws, and the worker then runs
 * on as described next). The risk of {@code stop} is objects left half-changed by the dying thread; here the thread
 * only ever runs one untrusted model, compiled for that request and thrown away with it, and the ThreadDeath ends
 * the task inside its FutureTask, so the pool thread itself carries on. That is only true while the work keeps to
 * itself: a {@code ThreadDeath} arrives at any instruction, also inside the JDK, a JDBC driver, the connection pool,
 * H2 (which runs on the calling thread) or a shared cache, and can leave a lock held or shared state half-changed
 * for every later request. So only work that runs the engine on a model of its own, with its inputs read beforehand,
 * may be stopped ({@link #within}: the sandbox, draft validation); work that reads the database or starts a service
 * instance uses {@link #withinWithoutStopping} (impact analysis, the scenario gate). Draft validation shares one
 * KIE {@code DMNValidator} between requests; a stop inside it is assumed to leave only per-validation state behind
 * (it builds a session per validation), which is believed but not proven. Without a stop: a runaway
 * {@code for} loop, a recursive BKM or a huge decision table keeps its worker thread busy, and a core spinning,
 * until it finishes on its own or fails (a recursive BKM ends in a StackOverflowError, a huge {@code for} range
 * keeps every element in one list and may end in an OutOfMemoryError that can hit other threads too). While such a
 * worker runs on, the pool adds a replacement thread so the next sandbox user is not starved, but at most
 * {@code threads} replacements: after that, stuck workers eat the pool and further work waits, times out or is
 * refused ({@link EvaluationBusy}) instead of creating threads without bound. A replacement is given back when the
 * stuck worker finally ends.
 *
 * <p><b>Memory is not bounded.</b> Measured on KIE 10.2: {@code count(for i in 1..100000000 return i)} ignored the
 * interrupt and grew the heap by ~100 MB/s to the 6 GB limit in about a minute; the GC thrash stalled every thread
 * in the JVM (a request that should have timed out after 3 s answered after 33 s) and it ended in an
 * OutOfMemoryError, which the engine caught and reported as a failed decision. Java has no per-thread heap limit.
 * {@link UntrustedModels} refuses literal ranges over a million values, which stops the obvious case but not a
 * bound computed at run time. The complete fix is to evaluate untrusted models in a separate, small-heap JVM that
 * can be killed at the limit.
 */
@Service
public class BoundedEvaluation implements DisposableBean {
    /** Names of the worker threads; the engine's own logging is silenced on them (it may quote context values). */
    public static final String THREAD_PREFIX = "untrusted-model-";
    private static final int QUEUED = 0;
    private static final int RUNNING = 1;
    private static final int DONE = 2;
    private static final int ABANDONED = 3;

    private final Duration timeout;
    private final int threads;
    private final ThreadPoolExecutor pool;
    private final AtomicInteger stuck = new AtomicInteger();
    /** How long an abandoned worker may run on before it is stopped. */
    static final Duration GRACE = Duration.ofSeconds(1);
    private final Duration grace;
    private final java.util.concurrent.ScheduledExecutorService reaper = java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, THREAD_PREFIX + "reaper");
        t.setDaemon(true);
        return t;
    });
    private final AtomicInteger stopped = new AtomicInteger();

    @Autowired
    public BoundedEvaluation(RulesProperties properties) {
        this(properties.evaluationTimeout(), properties.evaluationThreads(), properties.evaluationQueue());
    }

    public BoundedEvaluation(Duration timeout, int threads, int queue) {
        this(timeout, threads, queue, GRACE);
    }

    /** As above, stopping a runaway worker {@code grace} after its caller gave up. */
    public BoundedEvaluation(Duration timeout, int threads, int queue, Duration grace) {
        this.grace = grace;
        if (timeout.isNegative() || timeout.isZero() || threads < 1 || queue < 1) {
            throw new IllegalArgumentException("the evaluation timeout, threads and queue must be positive");
        }
        this.timeout = timeout;
        this.threads = threads;
        org.frontdoor.rules.internal.QuietUntrustedThreads.install(THREAD_PREFIX);
        ClassLoader loader = BoundedEvaluation.class.getClassLoader();
        AtomicInteger n = new AtomicInteger();
        this.pool = new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS, new ArrayBlockingQueue<>(queue), r -> {
            Thread t = new Thread(r, THREAD_PREFIX + n.incrementAndGet());
            t.setDaemon(true);
            t.setContextClassLoader(loader);   // the engine loads classes through it, whoever submitted first
            return t;
        }, new ThreadPoolExecutor.AbortPolicy());
    }

    public Duration timeout() {
        return timeout;
    }

    /** Workers that outlived their caller's time limit and still run (each has a replacement, up to the cap). */
    public int stuckWorkers() {
        return stuck.get();
    }

    /**
     * Runs {@code work} on the pool and returns its result, or throws {@link EvaluationTimedOut} once the limit has
     * passed, or {@link EvaluationBusy} if the waiting line is full. What {@code work} throws is rethrown as it is
     * (checked exceptions wrapped in an IllegalStateException).
     */
    public <T> T within(Callable<T> work) {
        return within(work, true);
    }

    /**
     * As {@link #within}, but a worker that outlives the limit is only interrupted, never stopped: for work that
     * touches state shared with the rest of the service (the database through the connection pool, and with H2 the
     * database engine itself, which runs on the calling thread; a cache of compiled rule sets; a Spring context being
     * started), where a {@code ThreadDeath} at an arbitrary instruction could leave a lock held or a structure
     * half-changed for every later request. Such a runaway keeps its core until it ends by itself.
     */
    public <T> T withinWithoutStopping(Callable<T> work) {
        return within(work, false);
    }

    private <T> T within(Callable<T> work, boolean stoppable) {
        AtomicInteger state = new AtomicInteger(QUEUED);
        java.util.concurrent.atomic.AtomicReference<Thread> worker = new java.util.concurrent.atomic.AtomicReference<>();
        Callable<T> tracked = () -> {
            if (!state.compareAndSet(QUEUED, RUNNING)) {
                return null;   // the caller has already gone
            }
            worker.set(Thread.currentThread());
            try {
                return work.call();
            } finally {
                synchronized (worker) {
                    worker.set(null);   // from here on the reaper leaves this thread alone
                }
                if (!state.compareAndSet(RUNNING, DONE)) {
                    release();   // it was abandoned and given a replacement: give the replacement back
                }
            }
        };
        Future<T> future;
        try {
            future = pool.submit(tracked);
        } catch (RejectedExecutionException e) {
            throw new EvaluationBusy();
        }
        try {
            return future.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            abandon(future, state, stoppable ? worker : null);
            throw new EvaluationTimedOut(timeout);
        } catch (InterruptedException e) {
            abandon(future, state, stoppable ? worker : null);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for an untrusted model", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        }
    }

    /** Gives up on the work; a worker still running is stopped after the grace unless {@code worker} is null. */
    private void abandon(Future<?> future, AtomicInteger state, java.util.concurrent.atomic.AtomicReference<Thread> worker) {
        if (state.compareAndSet(QUEUED, DONE)) {
            future.cancel(false);   // never started: it never will
            return;
        }
        future.cancel(true);        // interrupt; the engine ignores it, see the class comment
        if (state.compareAndSet(RUNNING, ABANDONED)) {
            grow();
            if (worker != null) {
                reaper.schedule(() -> stop(worker), grace.toMillis(), TimeUnit.MILLISECONDS);
            }
        }
    }

    @SuppressWarnings({"deprecation", "removal"})
    private void stop(java.util.concurrent.atomic.AtomicReference<Thread> worker) {
        synchronized (worker) {
            Thread runaway = worker.get();
            if (runaway == null) {
                return;   // it finished on its own
            }
            try {
                runaway.stop();
                stopped.incrementAndGet();
            } catch (UnsupportedOperationException javaTwentyOrLater) {
                // it runs on until it ends by itself, see the class comment
            }
        }
    }

    /** Runaway workers stopped so far. */
    public int stoppedWorkers() {
        return stopped.get();
    }

    private synchronized void grow() {
        if (stuck.incrementAndGet() <= threads) {
            pool.setMaximumPoolSize(pool.getMaximumPoolSize() + 1);
            pool.setCorePoolSize(pool.getCorePoolSize() + 1);
        }
    }

    private synchronized void release() {
        if (stuck.getAndDecrement() <= threads) {
            pool.setCorePoolSize(pool.getCorePoolSize() - 1);
            pool.setMaximumPoolSize(pool.getMaximumPoolSize() - 1);
        }
    }

    @Override
    public void destroy() {
        reaper.shutdownNow();
        pool.shutdownNow();
    }

    static String describe(Duration d) {
        if (d.toMillis() % 1000 != 0) {
            return d.toMillis() + " ms";
        }
        long s = d.toSeconds();
        return s == 1 ? "1 second" : s + " seconds";
    }
}
