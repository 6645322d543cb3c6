package org.frontdoor.audit;

import java.time.Instant;

import io.swagger.v3.oas.annotations.media.Schema;

/** One entry of a referral's audit trail: who did what, when, under which rule-set version, and through which page or endpoint. */
@Schema(description = "One entry of a referral's audit trail")
public record AuditEvent(
        @Schema(description = "Order of the entry in the whole trail store; later entries have higher numbers")
        long sequence,
        String referralId,
        @Schema(description = "What was done, e.g. contact-recorded, recommended, viewed, audit-trail-read, decided, overridden, ratified")
        String action,
        @Schema(description = "The user account that did it")
        String actor,
        @Schema(description = "When, to the microsecond, UTC", example = "2026-12-03T17:04:09.123456Z")
        Instant at,
        String ruleSetVersion,
        @Schema(description = "The page or API endpoint it was done through, as the route's template (never the address typed, "
                + "never a query string). Absent for entries recorded before this was kept, and for actions not made through one.",
                example = "Record page /referrals/{id}/record", nullable = true)
        String via) {
}
