package org.frontdoor.rules.internal;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Started as its own JVM by {@link WorkerLockdownTest}: locks itself down as the worker does, then tries what a model
 * that escaped would try, printing one line per attempt.
 */
public final class LockdownProbe {
    private LockdownProbe() {
    }

    public static void main(String[] args) {
        System.out.println("lockdown " + WorkerLockdown.apply());
        attempt("write a file", () -> Files.writeString(Path.of(args[0], "escaped.txt"), "x"));
        attempt("delete a file", () -> Files.delete(Path.of(args[1])));
        attempt("open a socket", () -> new java.net.Socket("127.0.0.1", 9).close());
        attempt("start a process", () -> new ProcessBuilder("true").start());
        attempt("lift the lockdown", () -> System.setSecurityManager(null));
        attempt("read the class path", () -> System.getProperty("java.class.path").isEmpty());
    }

    private interface Step {
        void run() throws Exception;
    }

    private static void attempt(String what, Step step) {
        try {
            step.run();
            System.out.println(what + ": allowed");
        } catch (SecurityException e) {
            System.out.println(what + ": refused");
        } catch (Exception | Error e) {
            System.out.println(what + ": failed otherwise (" + e.getClass().getSimpleName() + ")");
        }
    }
}
