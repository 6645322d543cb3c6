package org.frontdoor.referral;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/** The practitioner's decision for every child of a referral: accept the recommendation, or choose another response. */
@Schema(description = "One entry per child of the referral")
public record DecisionRequest(List<ChildChoice> children) {

    @Schema(description = "Accept the recommendation, or give the level and pathways chosen instead with the reason")
    public record ChildChoice(
            @Schema(description = "The child's ref as recorded on the referral", example = "child-1") String ref,
            @Schema(description = "true: the recommended level and pathways stand") Boolean accept,
            @Schema(description = "Level chosen instead, 1 to 4", minimum = "1", maximum = "4") Integer level,
            @Schema(description = "Pathway codes from the rule set chosen instead, primary first", example = "[\"P3\", \"P8\"]") List<String> pathways,
            @Schema(allowableValues = {"new-information", "professional-judgement", "family-context", "resource-constraint", "other"})
            String reasonCategory,
            @Schema(description = "Why: required when not accepting; an optional analysis note when accepting") String reason) {
    }
}
