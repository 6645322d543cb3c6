package org.frontdoor.scenarios;

import java.io.IOException;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.slf4j.Marker;
import org.springframework.core.Ordered;

/**
 * Keeps the isolated instance's routine logging (its start-up, and the made-up referrals the scenarios record) out of
 * the hosting service's log: while a gate run is under way, events below WARN from threads working for the gate (the
 * gate's own thread and the instance's request threads, marked through the MDC) are dropped. Other threads, and the
 * host's logger levels, are untouched.
 */
final class GateLogging {
    static final String MDC_KEY = "frontdoor.scenario-gate";

    private GateLogging() {
    }

    /** Starts dropping the marked threads' routine events; close to stop. A no-op when logging is not Logback. */
    static AutoCloseable quiet() {
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
            return () -> { };
        }
        TurboFilter filter = new QuietGateThreads();
        filter.setName("scenario-gate-quiet");
        filter.start();
        context.addTurboFilter(filter);
        return () -> context.getTurboFilterList().remove(filter);
    }

    /** Marks the current thread as working for the gate until closed. */
    static AutoCloseable markThisThread() {
        MDC.put(MDC_KEY, "true");
        return () -> MDC.remove(MDC_KEY);
    }

    private static final class QuietGateThreads extends TurboFilter {
        @Override
        public FilterReply decide(Marker marker, ch.qos.logback.classic.Logger logger, Level level, String format, Object[] params, Throwable t) {
            if (level != null && !level.isGreaterOrEqual(Level.WARN) && MDC.get(MDC_KEY) != null) {
                return FilterReply.DENY;
            }
            return FilterReply.NEUTRAL;
        }
    }

    /** Registered in the isolated instance only (as a source class): marks its request threads. */
    static final class MarkRequests implements Filter, Ordered {
        @Override
        public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
            MDC.put(MDC_KEY, "true");
            try {
                chain.doFilter(request, response);
            } finally {
                MDC.remove(MDC_KEY);
            }
        }

        @Override
        public int getOrder() {
            return Ordered.HIGHEST_PRECEDENCE;
        }
    }
}
