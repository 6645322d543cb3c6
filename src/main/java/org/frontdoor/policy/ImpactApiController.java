package org.frontdoor.policy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.frontdoor.impact.ImpactReport;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** How a version would have changed the referrals recorded in a period, against the version in force. */
@RestController
@Tag(name = "Rule-set versions")
class ImpactApiController {
    private final PolicyReports reports;
    private final Clock clock;
    private final ZoneId zone;

    ImpactApiController(PolicyReports reports, Clock clock, @Value("${frontdoor.calendar.zone:Europe/London}") String zone) {
        this.reports = reports;
        this.clock = clock;
        this.zone = ZoneId.of(zone);
    }

    @GetMapping("/api/rule-sets/{version}/impact")
    @Operation(summary = "Replay the referrals recorded from `from` up to `to` (dates, inclusive, or instants) against this version and "
            + "the one in force: level and primary-pathway matrices, additional routes, breakdowns, changed referral ids")
    ImpactReport impact(@PathVariable String version, @RequestParam(required = false) String from, @RequestParam(required = false) String to) {
        Instant end = to == null || to.isBlank() ? clock.instant() : parse("to", to, true);
        Instant start = from == null || from.isBlank() ? end.atZone(zone).minusYears(1).toInstant() : parse("from", from, false);
        if (!start.isBefore(end)) {
            throw PolicyProblem.invalid("from", "must be before to");
        }
        return reports.impact(version, start, end);
    }

    /** A date means the whole day in the council's time zone (a "to" date is included); an instant is taken as is. */
    private Instant parse(String field, String text, boolean endOfDay) {
        try {
            if (text.length() == 10) {
                LocalDate day = LocalDate.parse(text);
                return (endOfDay ? day.plusDays(1) : day).atStartOfDay(zone).toInstant();
            }
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw PolicyProblem.invalid(field, "must be a date like 2026-04-01 or a time like 2026-04-01T09:00:00Z");
        }
    }
}
