package org.frontdoor.policy;

import java.util.concurrent.Callable;

import org.frontdoor.rules.BoundedEvaluation;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Work on a draft's tables - validating them (which compiles them and evaluates every catalogue row), running the
 * scenario gate, replaying referrals - runs the draft's FEEL, which nobody has vetted yet. It runs on a small pool
 * of its own with a time limit ({@code frontdoor.policy.draft-timeout}), so a runaway expression in an upload cannot
 * hang a request thread: the policy lead gets a clear 422 instead. Work given to {@link #within} must only run the
 * engine on models read beforehand: a runaway is stopped (Thread.stop) a second after the limit. Work that reads the
 * database or starts a service instance goes to {@link #withinWithoutStopping}, whose runaway runs on until it ends;
 * see {@link BoundedEvaluation}.
 */
@Component
class DraftWork implements DisposableBean {
    private final BoundedEvaluation bounded;

    DraftWork(PolicyProperties properties) {
        this.bounded = new BoundedEvaluation(properties.draftTimeout(), 2, 8);
    }

    <T> T within(Callable<T> work) {
        return bounded.within(work);
    }

    <T> T withinWithoutStopping(Callable<T> work) {
        return bounded.withinWithoutStopping(work);
    }

    @Override
    public void destroy() {
        bounded.destroy();
    }
}
