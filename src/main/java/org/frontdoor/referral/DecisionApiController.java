package org.frontdoor.referral;

import java.net.URI;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.frontdoor.security.ActingUser;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Decisions", description = "The practitioner's decision on a recorded referral, its authorisation and the manager's ratification")
class DecisionApiController {
    private final ReferralDecisions decisions;

    DecisionApiController(ReferralDecisions decisions) {
        this.decisions = decisions;
    }

    @Operation(summary = "A practitioner decides for every child: accept the recommendation, or choose another level and pathways with a reason",
            description = "Overriding (a different level or primary pathway, or dropping a recommended pathway) a child whose recommendation "
                    + "cites a mandatory escalation waits for a manager's authorisation. 409 if the referral is already decided.")
    @PostMapping(path = "/api/referrals/{id}/decisions", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<DecisionState> decide(@PathVariable("id") org.frontdoor.referral.ReferralRef referralRef, @RequestBody DecisionRequest request, @Parameter(hidden = true) ActingUser user) {
        String id = referralRef.id();
        return ResponseEntity.created(URI.create("/api/referrals/" + id + "/decision")).body(decisions.decide(id, request, user));
    }

    /** A manager's note or reason. */
    record Note(@io.swagger.v3.oas.annotations.media.Schema(description = "Plain text, at most 2,000 characters") String note) {
    }

    /** Why a decision is sent back. */
    record SendBack(@io.swagger.v3.oas.annotations.media.Schema(description = "What the practitioner should look at again; plain text, at most 2,000 characters")
                    String reason) {
    }

    @Operation(summary = "A manager, not the practitioner who decided, authorises an override of a mandatory escalation, with a note",
            description = "The note (required) says why the override is safe for the child. 400 naming `note` without it.")
    @PostMapping(path = "/api/referrals/{id}/authorisations", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<DecisionState> authorise(@PathVariable("id") org.frontdoor.referral.ReferralRef referralRef,
                                            @RequestBody(required = false) Note body, @Parameter(hidden = true) ActingUser user) {
        String id = referralRef.id();
        return ResponseEntity.created(URI.create("/api/referrals/" + id + "/decision")).body(decisions.authorise(id, user, body == null ? null : body.note()));
    }

    @Operation(summary = "A manager ratifies the disposal, with an optional note",
            description = "Records who and when, and whether the decision and the ratification each fell within one working day of receipt.")
    @PostMapping(path = "/api/referrals/{id}/ratifications", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<DecisionState> ratify(@PathVariable("id") org.frontdoor.referral.ReferralRef referralRef,
                                         @RequestBody(required = false) Note body, @Parameter(hidden = true) ActingUser user) {
        String id = referralRef.id();
        return ResponseEntity.created(URI.create("/api/referrals/" + id + "/decision")).body(decisions.ratify(id, user, body == null ? null : body.note()));
    }

    @Operation(summary = "A manager, not the practitioner who decided, sends the decision back to the practitioner with a reason",
            description = "Before ratification. The decision waits for the practitioner to decide again (status sent-back); any "
                    + "authorisation goes with the old decision. 400 naming `reason` without one; 409 if there is no decision to send back.")
    @PostMapping(path = "/api/referrals/{id}/send-backs", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<DecisionState> sendBack(@PathVariable("id") org.frontdoor.referral.ReferralRef referralRef,
                                           @RequestBody(required = false) SendBack body, @Parameter(hidden = true) ActingUser user) {
        String id = referralRef.id();
        return ResponseEntity.created(URI.create("/api/referrals/" + id + "/decision")).body(decisions.sendBack(id, user, body == null ? null : body.reason()));
    }

    @Operation(summary = "Where the decision stands: awaiting-decision, awaiting-authorisation, awaiting-ratification or ratified")
    @GetMapping(path = "/api/referrals/{id}/decision", produces = MediaType.APPLICATION_JSON_VALUE)
    DecisionState current(@PathVariable("id") org.frontdoor.referral.ReferralRef referralRef, @Parameter(hidden = true) ActingUser user) {
        String id = referralRef.id();
        return decisions.view(id, user, "Decision API GET /api/referrals/{id}/decision");
    }
}
