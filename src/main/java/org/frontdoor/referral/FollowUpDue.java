package org.frontdoor.referral;

import java.time.LocalDate;

/** A step-down or closure whose follow-up check is due: who the family was handed to and the date to check on. */
public record FollowUpDue(String referralId, String handedTo, LocalDate checkOn) {
}
