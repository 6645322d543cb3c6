package org.frontdoor.referral;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonRawValue;

/** A recorded contact with the recommendation it received, as stored (JSON kept byte for byte). */
public record RecordedReferral(String id,
                               @io.swagger.v3.oas.annotations.media.Schema(description = "The front door's reference, e.g. FD-2026-000123: "
                                       + "unique across instances, for pages, letters and conversations", example = "FD-2026-000123")
                               String reference,
                               Instant receivedAt, Instant recordedAt,
                               @JsonRawValue String contact, @JsonRawValue String recommendation,
                               @JsonIgnore String ruleSetVersion) {
}
