package org.frontdoor.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class BoundedEvaluationTest {
    private final BoundedEvaluation bounded = new BoundedEvaluation(Duration.ofMillis(300), 1, 1);
    private final AtomicBoolean release = new AtomicBoolean();

    @AfterEach
    void stop() {
        release.set(true);
        bounded.destroy();
    }

    /** Work that ignores interrupts, like the FEEL engine, until the test lets it go. */
    private Integer spinUntilReleased() {
        while (!release.get()) {
            Thread.onSpinWait();
        }
        return 0;
    }

    private static void await(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean() && System.nanoTime() < end) {
            Thread.sleep(10);
        }
        assertThat(condition.getAsBoolean()).isTrue();
    }

    @Test
    void returnsTheResultOnAWorkerThread() {
        assertThat(bounded.within(() -> Thread.currentThread().getName())).startsWith("draft-work-");
        assertThat(bounded.within(() -> Thread.currentThread().isDaemon())).isTrue();
        assertThat(bounded.timeout()).isEqualTo(Duration.ofMillis(300));
    }

    @Test
    void rethrowsWhatTheWorkThrows() {
        assertThatThrownBy(() -> bounded.within(() -> {
            throw new RejectedModel("x.dmn", java.util.List.of("no"));
        })).isInstanceOf(RejectedModel.class);
        assertThatThrownBy(() -> bounded.within(() -> {
            throw new java.io.IOException("checked");
        })).isInstanceOf(IllegalStateException.class).hasCauseInstanceOf(java.io.IOException.class);
    }

    @Test
    void interruptibleWorkIsInterruptedAtTheLimit() throws InterruptedException {
        CountDownLatch interrupted = new CountDownLatch(1);
        long start = System.nanoTime();
        assertThatThrownBy(() -> bounded.within(() -> {
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                interrupted.countDown();
            }
            return 0;
        })).isInstanceOf(EvaluationTimedOut.class).hasMessage("The model did not finish within the limit of 300 ms.");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
        assertThat(interrupted.await(5, TimeUnit.SECONDS)).isTrue();
        await(() -> bounded.stuckWorkers() == 0);
    }

    @Test
    void aStuckWorkerIsReplacedSoTheNextCallerIsServed() throws InterruptedException {
        assertThatThrownBy(() -> bounded.within(this::spinUntilReleased)).isInstanceOf(EvaluationTimedOut.class)
                .satisfies(e -> assertThat(((EvaluationTimedOut) e).limit()).isEqualTo(Duration.ofMillis(300)));
        assertThat(bounded.stuckWorkers()).isEqualTo(1);
        // one thread configured, still spinning: the replacement answers
        assertThat(bounded.within(() -> 42)).isEqualTo(42);
        // a second stuck worker is over the cap (one replacement per configured thread): no more threads
        assertThatThrownBy(() -> bounded.within(this::spinUntilReleased)).isInstanceOf(EvaluationTimedOut.class);
        assertThat(bounded.stuckWorkers()).isEqualTo(2);
        assertThatThrownBy(() -> bounded.within(() -> 1)).isInstanceOf(EvaluationTimedOut.class);   // queued behind them, then dropped
        release.set(true);
        await(() -> bounded.stuckWorkers() == 0);
        assertThat(bounded.within(() -> 7)).isEqualTo(7);
    }

    @Test
    void aRunawayIsOnlyInterruptedNeverStopped() throws InterruptedException {
        java.util.concurrent.atomic.AtomicLong spins = new java.util.concurrent.atomic.AtomicLong();
        assertThatThrownBy(() -> bounded.within(() -> {
            while (!release.get()) {   // ignores the interrupt, like the engine
                spins.incrementAndGet();
            }
            return 1;
        })).isInstanceOf(EvaluationTimedOut.class);
        Thread.sleep(500);
        long before = spins.get();
        Thread.sleep(100);
        assertThat(spins.get()).as("still running: nothing stops a thread by force").isGreaterThan(before);
        assertThat(bounded.stuckWorkers()).isEqualTo(1);
        release.set(true);
        await(() -> bounded.stuckWorkers() == 0);
    }

    @Test
    void aFullQueueIsRefusedAtOnce() throws InterruptedException {
        BoundedEvaluation small = new BoundedEvaluation(Duration.ofSeconds(5), 1, 1);
        try {
            CountDownLatch running = new CountDownLatch(1);
            Thread first = new Thread(() -> small.within(() -> {
                running.countDown();
                return spinUntilReleased();
            }));
            first.start();
            assertThat(running.await(5, TimeUnit.SECONDS)).isTrue();
            Thread second = new Thread(() -> small.within(() -> 2));   // waits in the queue
            second.start();
            await(() -> second.getState() == Thread.State.TIMED_WAITING);
            assertThatThrownBy(() -> small.within(() -> 3)).isInstanceOf(EvaluationBusy.class);
            release.set(true);
            first.join(5000);
            second.join(5000);
        } finally {
            small.destroy();
        }
    }
}
