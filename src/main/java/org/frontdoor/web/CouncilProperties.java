package org.frontdoor.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the pages present the council: its name in the header and the title, and where the GOV.UK Frontend WebJar is
 * served (its version is the pom's {@code govuk-frontend.version}).
 */
@ConfigurationProperties("frontdoor.council")
public record CouncilProperties(@DefaultValue("Thamesbridge Borough Council") String name,
                         @DefaultValue("Children's services front door") String serviceName,
                         @DefaultValue("5.14.0") String govukFrontendVersion) {

    public String govukAssets() {
        return "/webjars/govuk-frontend/" + govukFrontendVersion + "/dist/govuk";
    }
}
