package org.frontdoor.policy;

import org.frontdoor.security.PublishedVersions;
import org.springframework.stereotype.Component;

/** Tells the endpoint rules which versions are published, so their change notices are public and drafts' are not. */
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
            return v.everPublished() || RuleSetVersion.PUBLISHED.equals(v.status()) || RuleSetVersion.RETIRED.equals(v.status());
        } catch (RuntimeException noSuchVersion) {
            return false;
        }
    }
}
