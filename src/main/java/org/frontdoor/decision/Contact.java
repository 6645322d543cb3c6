package org.frontdoor.decision;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A contact at the front door: one or more children (a sibling group is one contact) and what is known about
 * them. Allowed values and ranges of the coded fields come from the decision model's input types.
 */
@Schema(description = "A contact about one or more children")
public record Contact(
        @Schema(description = "When the front door received the contact; defaults to now", example = "2026-11-27T16:00:00Z")
        Instant receivedAt,
        @NotNull @Valid Referrer referrer,
        @NotEmpty @Size(max = 20) @Valid List<Child> children,
        @Schema(description = "Indicator codes from the threshold guidance, e.g. L2-FE-07")
        @Size(max = 100) List<@NotBlank @Size(max = 20) @PlainText String> concerns,
        @Valid DomesticAbuse domesticAbuse,
        @Valid Consent consent,
        @Schema(allowableValues = {"none", "early-help", "child-in-need", "child-protection", "looked-after"})
        @PlainText String openCase,
        @Valid History history,
        @Schema(description = "immediate-danger | allegation-against-person-working-with-children | private-fostering | missing-episode | homeless-16-17 | offending | parent-refuses-help | out-of-hours | family-and-friends-care")
        @Size(max = 20) List<@NotBlank @Size(max = 60) @PlainText String> circumstances,
        @Valid PrivateFostering privateFostering,
        @Schema(description = "Highest Graded Care Profile 2 grade, 1 (best) to 5", minimum = "1", maximum = "5")
        Integer gcp2MaxGrade,
        @Valid MissingEpisode missingEpisode) {

    public record Referrer(
            @Schema(allowableValues = {"police", "school", "early-years", "health", "gp", "hospital", "mental-health", "probation",
                    "housing", "voluntary", "other-la", "parent", "family", "public", "self"})
            @NotBlank @Size(max = 40) @PlainText String type,
            Boolean anonymous) {
    }

    public record Child(
            @Schema(description = "The referrer's or front door's reference for this child", example = "child-1")
            @NotBlank @Size(max = 64) @PlainText String ref,
            @Schema(minimum = "0", maximum = "17") Integer ageYears,
            @Schema(description = "For an unborn child: weeks of pregnancy", minimum = "4", maximum = "42") Integer unbornWeeks,
            Boolean nonMobile,
            @Schema(allowableValues = {"none", "some", "severe"}) @Size(max = 20) @PlainText String disability,
            @Schema(description = "NHS number: 10 digits with a valid modulus-11 check digit; spaces allowed", example = "943 476 5919")
            @Size(max = 20) @PlainText String nhsNumber,
            @Schema(description = "The council's own identifier for the child, where there is no NHS number")
            @Size(max = 64) @PlainText String localId) {

        /** The identifier the front door's records know this child by, or null when there is none. */
        public String identity() {
            if (nhsNumber != null && !nhsNumber.isBlank()) {
                return "nhs:" + NhsNumber.digits(nhsNumber);
            }
            return localId == null || localId.isBlank() ? null : "local:" + localId.trim();
        }
    }

    public record DomesticAbuse(
            @Schema(allowableValues = {"none", "standard", "medium", "high"}) @Size(max = 20) @PlainText String riskLevel,
            @Schema(minimum = "0", maximum = "24") Integer dashYesCount,
            Integer incidentsLast12Months,
            Boolean childrenPresent,
            Boolean pregnancy) {
    }

    public record Consent(
            @Schema(allowableValues = {"given", "refused", "not-sought-risk", "not-sought-other", "not-required"}) @Size(max = 40) @PlainText String status,
            @Schema(description = "Why consent was refused or not sought") @Size(max = 2000) @PlainText String reason) {
    }

    public record History(Integer contactsLast12Months,
                          @Schema(description = "Earlier referrals to children's social care in the last 12 months") Integer referralsLast12Months,
                          Boolean previousCpPlan, Boolean previousRemoval) {
    }

    public record PrivateFostering(
            @Schema(allowableValues = {"parent", "person-with-parental-responsibility", "grandparent", "sibling", "aunt-or-uncle",
                    "step-parent", "other-relative", "family-friend", "other", "unknown"}) @Size(max = 60) @PlainText String carerRelationship,
            Integer intendedDays) {
    }

    public record MissingEpisode(Integer hoursMissing, Integer episodesLast12Months) {
    }
}
