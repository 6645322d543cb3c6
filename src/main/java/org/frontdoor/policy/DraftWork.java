package org.frontdoor.policy;

import java.util.concurrent.Callable;

import org.frontdoor.rules.BoundedEvaluation;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Work on a draft that needs the service itself - running the scenario gate (it starts a service instance) and
 * replaying referrals (it reads the database) - runs on a small pool of its own with a time limit
 * ({@code frontdoor.policy.draft-timeout}), so the policy lead gets a clear 422 instead of a hung request. Validation
 * of a draft, which needs nothing but its files, runs in an untrusted-model worker process instead
 * ({@link DraftValidation}); see {@link BoundedEvaluation}.
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

    @Override
    public void destroy() {
        bounded.destroy();
    }
}
