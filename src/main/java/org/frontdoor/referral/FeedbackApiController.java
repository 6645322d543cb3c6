package org.frontdoor.referral;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.frontdoor.referral.FeedbackLetters.Feedback;
import org.frontdoor.referral.FeedbackLetters.SentRequest;
import org.frontdoor.referral.FollowUps.FollowUp;
import org.frontdoor.referral.FollowUps.FollowUpRequest;
import org.frontdoor.security.ActingUser;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Feedback and follow-up", description = "Telling the referrer the outcome, and tracking step-downs and closures")
class FeedbackApiController {
    private final FeedbackLetters feedback;
    private final FollowUps followUps;

    FeedbackApiController(FeedbackLetters feedback, FollowUps followUps) {
        this.feedback = feedback;
        this.followUps = followUps;
    }

    @Operation(summary = "The feedback task created at ratification: due by, the letter (or why there is none), and when and how it was sent",
            description = "409 while the decision is not ratified.")
    @GetMapping(path = "/api/referrals/{id}/feedback", produces = MediaType.APPLICATION_JSON_VALUE)
    Feedback feedback(@PathVariable("id") org.frontdoor.referral.ReferralRef referralRef, @Parameter(hidden = true) ActingUser user) {
        String id = referralRef.id();
        return feedback.view(id, user, "Feedback API GET /api/referrals/{id}/feedback");
    }

    @Operation(summary = "Record that the feedback was given, and how: email, phone, letter or in-person",
            description = "Once only: 409 if already recorded or the decision is not ratified; 400 naming method if it is not one of those.")
    @PostMapping(path = "/api/referrals/{id}/feedback/sent", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    Feedback sent(@PathVariable("id") org.frontdoor.referral.ReferralRef referralRef, @RequestBody SentRequest request, @Parameter(hidden = true) ActingUser user) {
        String id = referralRef.id();
        return feedback.sent(id, request, user);
    }

    @Operation(summary = "Record who the family was handed to and the date to check on them, for a step-down or closure",
            description = "Only once the decision is ratified and no final pathway is a referral to children's social care (409 otherwise). "
                    + "May be corrected until the check is done.")
    @PostMapping(path = "/api/referrals/{id}/follow-up", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    FollowUp recordFollowUp(@PathVariable("id") org.frontdoor.referral.ReferralRef referralRef, @RequestBody FollowUpRequest request, @Parameter(hidden = true) ActingUser user) {
        String id = referralRef.id();
        return followUps.record(id, request, user);
    }

    @Operation(summary = "The follow-up recorded on a referral (409 if none)")
    @GetMapping(path = "/api/referrals/{id}/follow-up", produces = MediaType.APPLICATION_JSON_VALUE)
    FollowUp followUp(@PathVariable("id") org.frontdoor.referral.ReferralRef referralRef, @Parameter(hidden = true) ActingUser user) {
        String id = referralRef.id();
        return followUps.view(id, user, "Follow-up API GET /api/referrals/{id}/follow-up");
    }

    @Operation(summary = "Record that the follow-up check was done; it leaves the list of follow-ups due")
    @PostMapping(path = "/api/referrals/{id}/follow-up/checked", produces = MediaType.APPLICATION_JSON_VALUE)
    FollowUp checked(@PathVariable("id") org.frontdoor.referral.ReferralRef referralRef, @Parameter(hidden = true) ActingUser user) {
        String id = referralRef.id();
        return followUps.checked(id, user);
    }
}
