package org.frontdoor.retention;

import java.time.Period;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How long the front door keeps a referral: {@code frontdoor.retention.*}.
 *
 * @param period   referrals received longer ago than this are purged, leaving only anonymised counts. The default,
 *                 6 years, is a common council schedule for contacts that did not become a social-care case; the case
 *                 record itself lives in the case-management system under its own (longer) schedule. It is the
 *                 council's decision: set it from the council's retention schedule.
 * @param schedule when the purge runs (a Spring cron expression; nightly at 02:30 by default)
 * @param batch    referrals purged per transaction: a failure part-way loses nothing and leaves nothing half purged
 */
@Validated
@ConfigurationProperties("frontdoor.retention")
public record RetentionProperties(@NotNull @DefaultValue("P6Y") Period period,
                                  @NotBlank @DefaultValue("0 30 2 * * *") String schedule,
                                  @Min(1) @Max(10_000) @DefaultValue("500") int batch) {

    public RetentionProperties {
        if (period != null && (period.isNegative() || period.isZero())) {
            throw new IllegalArgumentException("frontdoor.retention.period must be a positive period such as P6Y, not " + period);
        }
    }
}
