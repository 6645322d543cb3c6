package org.frontdoor.rules.internal;

import java.util.concurrent.atomic.AtomicInteger;

/** A Java method a hostile model tries to call: it counts its calls, so a test can tell whether the call happened. */
public final class Canary {
    public static final AtomicInteger CALLS = new AtomicInteger();

    private Canary() {
    }

    public static String sing(String tune) {
        CALLS.incrementAndGet();
        return "sung " + tune;
    }
}
