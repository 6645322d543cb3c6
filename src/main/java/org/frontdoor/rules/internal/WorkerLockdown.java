package org.frontdoor.rules.internal;

import java.io.FilePermission;
import java.net.SocketPermission;
import java.security.Permission;

/**
 * What the untrusted-model worker may not do once it has started: write, delete or run files, open or accept network
 * connections, or change these rules. Enforced with a security manager where the JDK still has
 * one (Java 17 to 23; the service starts the worker with {@code -Djava.security.manager=allow} there). From Java 24
 * the JDK has none; the worker then relies on its other walls: the model screen, a root class loader that finds no
 * class, an empty environment and working folder, and the heap and time limits.
 */
public final class WorkerLockdown {
    private WorkerLockdown() {
    }

    /**
     * The scenario-gate worker's lockdown: it starts a private instance of the service (a web server on the loopback
     * address, an in-memory database, Tomcat's work folder) and calls it over HTTP, so it may write and delete inside
     * its own temporary folder and accept and connect on the loopback address only (the JDK checks listening by port
     * alone, so that is allowed, but a connection from another machine is refused when it is accepted). It still may not write
     * anywhere else, reach another machine, start a process or change these rules.
     *
     * @return true when the rules are enforced in this JVM (Java 17 to 23)
     */
    @SuppressWarnings("removal")
    public static boolean applyLoopbackOnly(java.nio.file.Path writable) {
        if (Runtime.version().feature() >= 24) {
            return false;
        }
        try {
            System.setSecurityManager(new Refusals(writable.toAbsolutePath().normalize()));
            return true;
        } catch (UnsupportedOperationException | SecurityException notOffered) {
            return false;
        }
    }

    /** True when the rules are enforced in this JVM. */
    @SuppressWarnings("removal")
    public static boolean apply() {
        if (Runtime.version().feature() >= 24) {
            return false;
        }
        try {
            System.setSecurityManager(new Refusals(null));
            return true;
        } catch (UnsupportedOperationException | SecurityException notOffered) {
            return false;
        }
    }

    /** True when this worker's security manager is in force. */
    @SuppressWarnings("removal")
    static boolean inForce() {
        return Runtime.version().feature() < 24 && System.getSecurityManager() instanceof Refusals;
    }

    @SuppressWarnings("removal")
    private static final class Refusals extends SecurityManager {
        private static final java.util.Set<String> LOOPBACK = java.util.Set.of("localhost", "127.0.0.1", "[::1]", "::1",
                "[0:0:0:0:0:0:0:1]", "0:0:0:0:0:0:0:1");
        /** Where a gate worker may write; null for a model worker, which may write nowhere. */
        private final java.nio.file.Path writable;

        Refusals(java.nio.file.Path writable) {
            this.writable = writable;
        }

        @Override
        public void checkPermission(Permission p) {
            if (p instanceof FilePermission f) {
                String actions = f.getActions();
                if (actions.contains("execute")) {
                    throw new SecurityException("the model worker may not run files");
                }
                if ((actions.contains("write") || actions.contains("delete")) && !insideWritable(f.getName())) {
                    throw new SecurityException("the model worker may not write or delete files");
                }
            } else if (p instanceof SocketPermission s) {
                if (writable == null || !LOOPBACK.contains(host(s.getName()))) {
                    throw new SecurityException("the model worker may not use the network");
                }
            } else if (p instanceof RuntimePermission r && (r.getName().equals("setSecurityManager")
                    // the JDK's own crypto makes (never installs) one; the gate worker's instance uses it
                    || writable == null && r.getName().equals("createSecurityManager"))) {
                throw new SecurityException("the model worker may not change its rules");
            }
        }

        @Override
        public void checkPermission(Permission p, Object context) {
            checkPermission(p);
        }

        private boolean insideWritable(String name) {
            if (writable == null || name == null || name.startsWith("<<")) {
                return false;
            }
            try {
                String plain = name.endsWith("/-") || name.endsWith("/*") ? name.substring(0, name.length() - 2) : name;
                return java.nio.file.Path.of(plain).toAbsolutePath().normalize().startsWith(writable);
            } catch (java.nio.file.InvalidPathException e) {
                return false;
            }
        }

        /** "127.0.0.1:8080" or "[::1]:1024-" or "localhost" to its host. */
        private static String host(String name) {
            if (name.startsWith("[")) {
                int end = name.indexOf(']');
                return end < 0 ? name : name.substring(0, end + 1);
            }
            int colon = name.indexOf(':');
            return colon < 0 || name.indexOf(':', colon + 1) >= 0 ? name : name.substring(0, colon);
        }
    }
}
