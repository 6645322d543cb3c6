package org.frontdoor.referral;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonRawValue;

/** A recorded contact with the recommendation it received, as stored (JSON kept byte for byte). */
public record RecordedReferral(String id, Instant receivedAt, Instant recordedAt,
                               @JsonRawValue String contact, @JsonRawValue String recommendation,
                               @JsonIgnore String ruleSetVersion) {
}
