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
final class WorkerLockdown {
    private WorkerLockdown() {
    }

    /** True when the rules are enforced in this JVM. */
    @SuppressWarnings("removal")
    static boolean apply() {
        if (Runtime.version().feature() >= 24) {
            return false;
        }
        try {
            System.setSecurityManager(new Refusals());
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
        @Override
        public void checkPermission(Permission p) {
            if (p instanceof FilePermission f) {
                String actions = f.getActions();
                if (actions.contains("write") || actions.contains("delete") || actions.contains("execute")) {
                    throw new SecurityException("the model worker may not write, delete or run files");
                }
            } else if (p instanceof SocketPermission) {
                throw new SecurityException("the model worker may not use the network");
            } else if (p instanceof RuntimePermission r && (r.getName().equals("setSecurityManager")
                    || r.getName().equals("createSecurityManager"))) {
                throw new SecurityException("the model worker may not change its rules");
            }
        }

        @Override
        public void checkPermission(Permission p, Object context) {
            checkPermission(p);
        }
    }
}
