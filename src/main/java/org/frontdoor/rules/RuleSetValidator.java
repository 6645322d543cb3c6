package org.frontdoor.rules;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import jakarta.annotation.PreDestroy;
import org.frontdoor.rules.internal.RuleSetChecks;
import org.kie.dmn.validation.DMNValidator;
import org.kie.dmn.validation.DMNValidatorFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Validates a draft rule set before it can be published: the DMN schema, the semantic rules, decision-table
 * analysis (gaps, overlaps, masked rows, subsumption), compilation and the service's own contract with the models.
 * Errors block publishing; warnings are shown to the policy lead.
 *
 * <p>The KIE validator costs 1-2 s to build, so it is built once, on a background thread when the service starts;
 * the first validation waits for it if it is not ready yet.
 */
public class RuleSetValidator {
    private static final Logger log = LoggerFactory.getLogger(RuleSetValidator.class);

    private final CompletableFuture<DMNValidator> validator;
    private final RuleSetChecks checks;

    public RuleSetValidator() {
        this.validator = CompletableFuture.supplyAsync(() -> {
            long t0 = System.nanoTime();
            DMNValidator v = DMNValidatorFactory.newValidator();
            log.info("DMN validator ready in {} ms", (System.nanoTime() - t0) / 1_000_000);
            return v;
        }, runnable -> {
            Thread t = new Thread(runnable, "dmn-validator-start");
            t.setDaemon(true);
            t.start();
        });
        this.checks = new RuleSetChecks(this::engine);
    }

    /** Validates in this JVM: for trusted models and tests. The service validates drafts in {@link UntrustedWorkers}. */
    public ValidationReport validate(List<ModelFile> models) {
        return org.frontdoor.rules.internal.WorkerMain.report(checks, models);
    }

    private DMNValidator engine() {
        try {
            return validator.join();
        } catch (CompletionException e) {
            throw new IllegalStateException("the DMN validator could not be built", e.getCause());
        }
    }

    @PreDestroy
    void dispose() {
        validator.thenAccept(DMNValidator::dispose);
    }
}
