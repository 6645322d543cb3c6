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
        if (args.length > 2 && args[2].equals("gate")) {
            gate(Path.of(args[0]), Path.of(args[1]));
            return;
        }
        System.out.println("lockdown " + WorkerLockdown.apply());
        attempt("write a file", () -> Files.writeString(Path.of(args[0], "escaped.txt"), "x"));
        attempt("delete a file", () -> Files.delete(Path.of(args[1])));
        attempt("open a socket", () -> new java.net.Socket("127.0.0.1", 9).close());
        attempt("start a process", () -> new ProcessBuilder("true").start());
        attempt("lift the lockdown", () -> System.setSecurityManager(null));
        attempt("read the class path", () -> System.getProperty("java.class.path").isEmpty());
    }

    /** As the scenario-gate worker: its own temporary folder and the loopback address only. */
    private static void gate(Path outside, Path victim) {
        Path own = Path.of(System.getProperty("java.io.tmpdir"));
        System.out.println("lockdown " + WorkerLockdown.applyLoopbackOnly(own));
        attempt("write in its own folder", () -> Files.writeString(own.resolve("instance-work.txt"), "x"));
        attempt("delete in its own folder", () -> Files.delete(own.resolve("instance-work.txt")));
        attempt("write elsewhere", () -> Files.writeString(outside.resolve("escaped.txt"), "x"));
        attempt("climb out of its folder", () -> Files.writeString(own.resolve("../escaped-too.txt"), "x"));
        attempt("delete elsewhere", () -> Files.delete(victim));
        attempt("listen on the loopback address", () -> {
            try (java.net.ServerSocket server = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress());
                 java.net.Socket client = new java.net.Socket(java.net.InetAddress.getLoopbackAddress(), server.getLocalPort());
                 java.net.Socket accepted = server.accept()) {
                accepted.getOutputStream().write(1);
                if (client.getInputStream().read() != 1) {
                    throw new IllegalStateException("nothing came through");
                }
            }
        });
        attempt("connect to another machine", () -> new java.net.Socket("192.0.2.1", 80).close());
        attempt("start a process", () -> new ProcessBuilder("true").start());
        attempt("lift the lockdown", () -> System.setSecurityManager(null));
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
