package org.frontdoor.policy;

import org.frontdoor.security.PublishedVersions;
import org.springframework.stereotype.Component;

/** Tells the endpoint rules whose change notices are public: every version from its approval, never a draft's. */
@Component
class PublishedNotices implements PublishedVersions {
    private final RuleSetVersions versions;

    PublishedNotices(RuleSetVersions versions) {
        this.versions = versions;
    }

    @Override
    public boolean published(String version) {
        if (version == null || version.isBlank()) {
            return false;
        }
        try {
            RuleSetVersion v = versions.get(version);
            return !RuleSetVersion.DRAFT.equals(v.status());
        } catch (RuntimeException noSuchVersion) {
            return false;
        }
    }
}
