package org.frontdoor.rules;

import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.frontdoor.rules.internal.WorkerLockdown;
import org.frontdoor.rules.internal.WorkerMain;
import org.frontdoor.rules.internal.WorkerProcess;

/**
 * What the service's other worker programs (the scenario gate's, the impact analysis's) need from the untrusted-model
 * worker's machinery, without reaching into its internals: the frame format, the lockdowns, and running a worker
 * once with a time limit.
 */
public final class Workers {
    /** Largest frame either side accepts. */
    public static final int MAX_FRAME = WorkerMain.MAX_FRAME;

    private Workers() {
    }

    /** Writes one frame: its length, then its bytes. */
    public static void write(DataOutputStream out, byte[] frame) throws IOException {
        WorkerMain.write(out, frame);
    }

    /** The untrusted-model worker's lockdown: no writing, no network, no processes (Java 17 to 23). */
    public static boolean lockDown() {
        return WorkerLockdown.apply();
    }

    /** As {@link #lockDown()}, but writing inside {@code writable} and the loopback address are allowed. */
    public static boolean lockDownLoopbackOnly(Path writable) {
        return WorkerLockdown.applyLoopbackOnly(writable);
    }

    /** A started worker process that has said it is ready, for callers that keep one warm. */
    public static final class Handle {
        private final WorkerProcess process;
        private final String heap;

        private Handle(WorkerProcess process, String heap) {
            this.process = process;
            this.heap = heap;
        }

        /** Sends one request and waits at most {@code limit}; the same errors as {@link #runOnce}. The worker is ended after. */
        public byte[] askOnce(byte[] request, Duration limit) {
            try {
                return process.call(request, limit);
            } catch (WorkerProcess.Stopped stopped) {
                if (stopped.timedOut()) {
                    throw new EvaluationTimedOut(limit);
                }
                if (stopped.outOfMemory()) {
                    throw new EvaluationOutOfMemory(heap);
                }
                throw new IllegalStateException("the worker ended before it answered");
            } finally {
                process.kill();
            }
        }

        public boolean alive() {
            return process.isAlive();
        }

        public long pid() {
            return process.pid();
        }

        public void end() {
            process.kill();
        }
    }

    /**
     * Starts a worker JVM running {@code main} with {@code args} and waits until it says it is ready.
     *
     * @throws IllegalStateException it could not be started, or was not ready within {@code startLimit}
     */
    public static Handle start(Class<?> main, String heap, Duration startLimit, List<String> args) {
        try {
            return new Handle(WorkerProcess.start(main, heap, startLimit, args), heap);
        } catch (IOException e) {
            throw new IllegalStateException("the worker could not be started", e);
        } catch (WorkerProcess.Stopped e) {
            throw new IllegalStateException("the worker did not start within " + startLimit, e);
        }
    }

    /**
     * Starts a worker JVM running {@code main}, sends it one request, waits at most {@code limit} for the answer, and
     * ends it.
     *
     * @throws EvaluationTimedOut    no answer within the limit (the worker was killed)
     * @throws EvaluationOutOfMemory the worker needed more than its heap
     * @throws IllegalStateException the worker could not be started, or ended without answering
     */
    public static byte[] runOnce(Class<?> main, String heap, Duration startLimit, byte[] request, Duration limit) {
        return start(main, heap, startLimit, List.of()).askOnce(request, limit);
    }
}
