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

/**
 * Runs long work on a draft that needs the service itself (impact analysis reads the database; the scenario gate
 * starts a service instance) on a small pool of its own, so the caller waits at most {@code timeout} (time queued
 * included) and then gets {@link EvaluationTimedOut}. The work is then cancelled: a queued task never starts, a
 * running one is interrupted. Nothing is ever stopped by force ({@code Thread.stop} is gone from Java 20 on, and a
 * thread killed mid-way through a database call would leave shared state half-changed): models nobody has vetted
 * run in a worker process instead ({@link UntrustedWorkers}), which can be killed. The models this pool runs have
 * passed {@link UntrustedModels} and reach no Java class; a runaway among them keeps its thread until it ends, and
 * the pool adds a replacement (at most {@code threads} of them) so the next caller is not starved.
 */
public class BoundedEvaluation {
    /** Names of the pool's threads; the engine's own logging is silenced on them (it may quote context values). */
    public static final String THREAD_PREFIX = "draft-work-";
    private static final int QUEUED = 0;
    private static final int RUNNING = 1;
    private static final int DONE = 2;
    private static final int ABANDONED = 3;

    private final Duration timeout;
    private final int threads;
    private final ThreadPoolExecutor pool;
    private final AtomicInteger stuck = new AtomicInteger();

    public BoundedEvaluation(Duration timeout, int threads, int queue) {
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
        AtomicInteger state = new AtomicInteger(QUEUED);
        Callable<T> tracked = () -> {
            if (!state.compareAndSet(QUEUED, RUNNING)) {
                return null;   // the caller has already gone
            }
            try {
                return work.call();
            } finally {
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
            abandon(future, state);
            throw new EvaluationTimedOut(timeout);
        } catch (InterruptedException e) {
            abandon(future, state);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for draft work", e);
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

    private void abandon(Future<?> future, AtomicInteger state) {
        if (state.compareAndSet(QUEUED, DONE)) {
            future.cancel(false);   // never started: it never will
            return;
        }
        future.cancel(true);        // interrupt: work that checks for it (the gate, the database) ends early
        if (state.compareAndSet(RUNNING, ABANDONED)) {
            grow();
        }
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

    public void destroy() {
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
