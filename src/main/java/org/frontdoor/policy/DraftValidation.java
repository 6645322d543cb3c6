package org.frontdoor.policy;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.frontdoor.rules.RuleSetValidator;
import org.frontdoor.rules.ValidationReport;
import org.springframework.stereotype.Component;

/** The validation report of a version, worked out once per content (validation takes a second or two). */
@Component
class DraftValidation {
    private final RuleSetValidator validator;
    private final RuleSetVersions versions;
    private final Cache<String, ValidationReport> byHash = Caffeine.newBuilder().maximumSize(20).build();

    private final DraftWork work;

    DraftValidation(RuleSetValidator validator, RuleSetVersions versions, DraftWork work) {
        this.validator = validator;
        this.versions = versions;
        this.work = work;
    }

    ValidationReport report(String version) {
        RuleSetVersion v = versions.get(version);
        return byHash.get(v.hash(), h -> {
            java.util.List<org.frontdoor.rules.ModelFile> models = versions.models(version);   // read here, not on a worker that may be stopped
            return work.within(() -> validator.validate(models));
        });
    }
}
