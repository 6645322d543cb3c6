package org.frontdoor.rules.internal;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;

/**
 * Keeps the DMN engine quiet on the threads that run untrusted models. The engine logs its messages (at WARN and
 * ERROR) as well as returning them, and some quote values from the context (a function's arguments, a value its
 * type refused); the sandbox returns those messages to the caller and must not write anything about the context
 * to the log. Only engine loggers ({@code org.kie}, {@code org.drools}) on those threads are silenced.
 */
public final class QuietUntrustedThreads extends TurboFilter {
    private final String threadPrefix;

    private QuietUntrustedThreads(String threadPrefix) {
        this.threadPrefix = threadPrefix;
    }

    /** Installs the filter once per logging context; a no-op when Logback is not the logging backend. */
    public static void install(String threadPrefix) {
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
            return;
        }
        synchronized (QuietUntrustedThreads.class) {
            boolean present = context.getTurboFilterList().stream()
                    .anyMatch(f -> f instanceof QuietUntrustedThreads q && q.threadPrefix.equals(threadPrefix));
            if (!present) {
                QuietUntrustedThreads filter = new QuietUntrustedThreads(threadPrefix);
                filter.setName("quiet-untrusted-threads");
                filter.start();
                context.addTurboFilter(filter);
            }
        }
    }

    @Override
    public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
        if (logger == null || !Thread.currentThread().getName().startsWith(threadPrefix)) {
            return FilterReply.NEUTRAL;
        }
        String name = logger.getName();
        return name.startsWith("org.kie") || name.startsWith("org.drools") ? FilterReply.DENY : FilterReply.NEUTRAL;
    }
}
