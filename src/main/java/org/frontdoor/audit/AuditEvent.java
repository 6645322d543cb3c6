package org.frontdoor.audit;

import java.time.Instant;

/** One entry of a referral's audit trail: who did what, when, under which rule-set version. */
public record AuditEvent(long sequence, String referralId, String action, String actor, Instant at, String ruleSetVersion) {
}
