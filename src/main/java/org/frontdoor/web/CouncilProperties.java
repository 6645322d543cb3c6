package org.frontdoor.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the pages present the council: its name in the header and the title, where the GOV.UK Frontend WebJar is
 * served (its version is the pom's {@code govuk-frontend.version}), and when the threshold guidance is next reviewed:
 * {@code guidanceReviewDate} (ISO, e.g. 2026-09-30) if set, else {@code guidanceReviewMonths} after the rule set in
 * force took effect.
 */
@ConfigurationProperties("frontdoor.council")
public record CouncilProperties(@DefaultValue("Thamesbridge Borough Council") String name,
                         @DefaultValue("Children's services front door") String serviceName,
                         @DefaultValue("5.14.0") String govukFrontendVersion,
                         String guidanceReviewDate,
                         @DefaultValue("12") int guidanceReviewMonths) {

    public CouncilProperties {
        if (guidanceReviewDate != null && !guidanceReviewDate.isBlank()) {
            try {
                LocalDate.parse(guidanceReviewDate.strip());
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("frontdoor.council.guidance-review-date must be a date such as 2026-09-30", e);
            }
        }
        if (guidanceReviewMonths < 1) {
            throw new IllegalArgumentException("frontdoor.council.guidance-review-months must be at least 1");
        }
    }

    public String govukAssets() {
        return "/webjars/govuk-frontend/" + govukFrontendVersion + "/dist/govuk";
    }

    /** The guidance's review date: the configured one, else the given publication date plus the review months. */
    public Optional<LocalDate> guidanceReviewBy(LocalDate published) {
        if (guidanceReviewDate != null && !guidanceReviewDate.isBlank()) {
            return Optional.of(LocalDate.parse(guidanceReviewDate.strip()));
        }
        return Optional.ofNullable(published).map(p -> p.plusMonths(guidanceReviewMonths));
    }
}
