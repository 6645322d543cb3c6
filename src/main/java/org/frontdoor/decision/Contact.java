package org.frontdoor.decision;

import java.time.Instant;
import java.time.LocalDate;
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
        @Schema(description = "How the contact came", allowableValues = {"phone", "email", "portal", "in-person", "police-notification"})
        @Size(max = 40) @PlainText @jakarta.validation.constraints.Pattern(regexp = "phone|email|portal|in-person|police-notification", message = "must be one of: phone, email, portal, in-person, police-notification") String channel,
        @NotNull @Valid Referrer referrer,
        @Schema(description = "What the referrer said, in their own words as far as possible")
        @Size(max = 20000) @PlainText String account,
        @Schema(description = "The practitioner records this contact as advice only (needed when no concern is chosen)")
        Boolean adviceOnly,
        @NotEmpty @Size(max = 20) @Valid List<Child> children,
        @Schema(description = "The household's adults, fathers and other significant adults as well as mothers")
        @Size(max = 30) @Valid List<Adult> adults,
        @Schema(description = "Indicator codes from the threshold guidance that apply to every child, e.g. L2-FE-07; concerns about "
                + "one child only go on that child")
        @Size(max = 100) List<@NotBlank @Size(max = 20) @PlainText String> concerns,
        @Schema(description = "Where each reported concern came from")
        @Size(max = 200) @Valid List<ConcernSource> concernSources,
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
            Boolean anonymous,
            @Schema(description = "The referrer's name (none for an anonymous member of the public)") @Size(max = 200) @PlainText String name,
            @Schema(description = "Their role, e.g. designated safeguarding lead") @Size(max = 200) @PlainText String role,
            @Schema(description = "Their organisation, e.g. the school") @Size(max = 200) @PlainText String organisation,
            @Size(max = 40) @PlainText String phone,
            @Size(max = 254) @PlainText @jakarta.validation.constraints.Email(message = "must be an email address, like name@example.org") String email) {

        /** A referrer known only by type (and whether they asked to stay anonymous). */
        public Referrer(String type, Boolean anonymous) {
            this(type, anonymous, null, null, null, null, null);
        }
    }

    public record Child(
            @Schema(description = "The referrer's or front door's reference for this child", example = "child-1")
            @NotBlank @Size(max = 64) @PlainText String ref,
            @Schema(description = "Given name(s)") @Size(max = 100) @PlainText String givenName,
            @Schema(description = "Family name") @Size(max = 100) @PlainText String familyName,
            @Schema(description = "Date of birth; the age the tables use is worked out from it on the day the contact came")
            LocalDate dateOfBirth,
            @Schema(description = "For an unborn child: the expected date of delivery (the weeks of pregnancy are worked out from it)")
            LocalDate expectedDate,
            @Schema(description = "Age in years, when the date of birth is not known", minimum = "0", maximum = "17") Integer ageYears,
            @Schema(description = "For an unborn child, when the expected date is not known: weeks of pregnancy", minimum = "4", maximum = "42")
            Integer unbornWeeks,
            @Schema(allowableValues = {"female", "male", "not-known", "other"}) @Size(max = 20) @PlainText
            @jakarta.validation.constraints.Pattern(regexp = "female|male|not-known|other", message = "must be one of: female, male, not-known, other") String sex,
            Boolean nonMobile,
            @Schema(allowableValues = {"none", "some", "severe"}) @Size(max = 20) @PlainText String disability,
            @Schema(description = "NHS number: 10 digits with a valid modulus-11 check digit; spaces allowed", example = "943 476 5919")
            @Size(max = 20) @PlainText String nhsNumber,
            @Schema(description = "The council's own identifier for the child, where there is no NHS number")
            @Size(max = 64) @PlainText String localId,
            @Schema(description = "Where the child lives") @Size(max = 500) @PlainText String address,
            @Schema(description = "Who the child lives with") @Size(max = 500) @PlainText String household,
            @Schema(description = "School, nursery or other setting") @Size(max = 200) @PlainText String school,
            @Schema(description = "The child's own views and wishes, as far as known") @Size(max = 5000) @PlainText String views,
            @Schema(description = "Indicator codes that apply to this child only (in addition to the contact's concerns)")
            @Size(max = 100) List<@NotBlank @Size(max = 20) @PlainText String> concerns) {

        /** A child known only by reference and the facts the tables read (the API's original form). */
        public Child(String ref, Integer ageYears, Integer unbornWeeks, Boolean nonMobile, String disability, String nhsNumber, String localId) {
            this(ref, null, null, null, null, ageYears, unbornWeeks, null, nonMobile, disability, nhsNumber, localId, null, null, null, null, null);
        }

        /** The child's name as a person would write it, or null when no name was given. */
        public String name() {
            String n = ((givenName == null ? "" : givenName.strip()) + " " + (familyName == null ? "" : familyName.strip())).strip();
            return n.isEmpty() ? null : n;
        }

        /** The identifier the front door's records know this child by, or null when there is none. */
        public String identity() {
            if (nhsNumber != null && !nhsNumber.isBlank()) {
                return "nhs:" + NhsNumber.digits(nhsNumber);
            }
            return localId == null || localId.isBlank() ? null : "local:" + localId.trim();
        }
    }

    /**
     * An adult in the child's life: the household's adults, fathers and other significant adults as well as mothers.
     */
    public record Adult(
            @NotBlank @Size(max = 200) @PlainText String name,
            @Schema(allowableValues = {"mother", "father", "step-parent", "partner-of-parent", "grandparent", "other-relative",
                    "carer", "other-significant-adult"}) @NotBlank @Size(max = 40) @PlainText
            @jakarta.validation.constraints.Pattern(regexp = "mother|father|step-parent|partner-of-parent|grandparent|other-relative|carer|other-significant-adult", message = "must be one of: mother, father, step-parent, partner-of-parent, grandparent, other-relative, carer, other-significant-adult") String relationship,
            @Schema(description = "Whether they have parental responsibility") Boolean parentalResponsibility,
            @Schema(description = "Whether they live with the children") Boolean livesWithChildren,
            LocalDate dateOfBirth,
            @Size(max = 500) @PlainText String address,
            @Size(max = 40) @PlainText String phone) {
    }

    /**
     * Where a reported concern came from: inspections found records relying too heavily on adults' own accounts.
     *
     * @param concern an indicator code of the contact or of one of its children
     */
    public record ConcernSource(
            @NotBlank @Size(max = 20) @PlainText String concern,
            @Schema(allowableValues = {"seen-by-referrer", "said-by-child", "said-by-parent", "reported-by-someone-else"})
            @NotBlank @Size(max = 40) @PlainText
            @jakarta.validation.constraints.Pattern(regexp = "seen-by-referrer|said-by-child|said-by-parent|reported-by-someone-else", message = "must be one of: seen-by-referrer, said-by-child, said-by-parent, reported-by-someone-else") String source) {
    }

    /** The same contact received at another time. */
    public Contact withReceivedAt(Instant at) {
        return new Contact(at, channel, referrer, account, adviceOnly, children, adults, concerns, concernSources, domesticAbuse, consent,
                openCase, history, circumstances, privateFostering, gcp2MaxGrade, missingEpisode);
    }

    /** Every concern code of the contact: those for all children, then each child's own, once each. */
    public List<String> allConcerns() {
        java.util.LinkedHashSet<String> all = new java.util.LinkedHashSet<>(concerns == null ? List.of() : concerns);
        children.forEach(c -> {
            if (c.concerns() != null) {
                all.addAll(c.concerns());
            }
        });
        return List.copyOf(all);
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
