package org.frontdoor.policy;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.frontdoor.rules.UntrustedWorkers;
import org.frontdoor.rules.ValidationReport;
import org.springframework.stereotype.Component;

/**
 * The validation report of a version, worked out once per content (validation takes a second or two), in an
 * untrusted-model worker process: validating compiles the draft's tables and evaluates every catalogue row.
 */
@Component
class DraftValidation {
    private final UntrustedWorkers workers;
    private final RuleSetVersions versions;
    private final java.time.Duration limit;
    private final Cache<String, ValidationReport> byHash = Caffeine.newBuilder().maximumSize(20).build();

    DraftValidation(UntrustedWorkers workers, RuleSetVersions versions, PolicyProperties properties) {
        this.workers = workers;
        this.versions = versions;
        this.limit = properties.draftTimeout();
    }

    ValidationReport report(String version) {
        return report(versions.get(version));
    }

    /**
     * The report of exactly the content {@code v} names: the files are read and hashed first, and if someone has
     * changed them since {@code v} was read the answer is a 409, never a report filed under the wrong content.
     */
    ValidationReport report(RuleSetVersion v) {
        ValidationReport known = byHash.getIfPresent(v.hash());
        if (known != null) {
            return known;
        }
        java.util.List<org.frontdoor.rules.ModelFile> models = versions.models(v.version());
        if (!org.frontdoor.rules.ModelFile.hashOf(models).equals(v.hash())) {
            throw PolicyProblem.conflict("Version " + v.version() + " changed while it was being checked; nothing was decided.",
                    java.util.List.of("Look at the draft as it now stands and try again."));
        }
        return byHash.get(v.hash(), h -> workers.validate(models, limit));
    }
}
