package org.frontdoor.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class PageDatesTest {
    private final PageDates dates = new PageDates("Europe/London");

    @Test
    void theAuditTrailShowsTimesToTheSecondInUkTime() {
        assertThat(dates.toTheSecond(Instant.parse("2026-12-03T17:04:09.987654Z"))).isEqualTo("3 December 2026, 17:04:09");
        assertThat(dates.toTheSecond(Instant.parse("2026-07-01T08:00:00Z"))).as("British Summer Time").isEqualTo("1 July 2026, 09:00:00");
        assertThat(dates.toTheSecond(null)).isEmpty();
    }

    @Test
    void otherPagesStillShowTimesAsGovUkWritesThem() {
        assertThat(dates.format(Instant.parse("2026-11-30T16:00:00Z"))).isEqualTo("Mon 30 November 2026 at 4pm");
    }
}
