package org.frontdoor.policy;

import java.util.Map;

import org.frontdoor.rules.RuleSet;
import org.frontdoor.rules.RuleSetCatalog;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.stereotype.Component;

/**
 * Readiness ("ruleSet" in /health/readiness): up only while the rule set in use is the published version in force,
 * compiled whole. Down while none is published, the one in force does not compile, or the version history could not
 * be read; a load balancer then sends contacts to another instance. /info shows the version in use.
 */
@Component("ruleSet")
class RuleSetHealth implements HealthIndicator, InfoContributor {
    private final RuleSetVersions versions;
    private final RuleSetCatalog catalog;

    RuleSetHealth(RuleSetVersions versions, RuleSetCatalog catalog) {
        this.versions = versions;
        this.catalog = catalog;
    }

    @Override
    public Health health() {
        RuleSet active = catalog.active();
        Health.Builder health = versions.inForcePublished() ? Health.up() : Health.down();
        return health.withDetail("version", active.version()).withDetail("hash", active.hash()).build();
    }

    @Override
    public void contribute(Info.Builder info) {
        RuleSet active = catalog.active();
        info.withDetail("ruleSet", Map.of("version", active.version(), "hash", active.hash(), "inForcePublished", versions.inForcePublished()));
    }
}
