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
    ResponseEntity<DecisionState> decide(@PathVariable String id, @RequestBody DecisionRequest request, @Parameter(hidden = true) ActingUser user) {
        return ResponseEntity.created(URI.create("/api/referrals/" + id + "/decision")).body(decisions.decide(id, request, user));
    }

    @Operation(summary = "A manager, not the practitioner who decided, authorises an override of a mandatory escalation")
    @PostMapping(path = "/api/referrals/{id}/authorisations", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<DecisionState> authorise(@PathVariable String id, @Parameter(hidden = true) ActingUser user) {
        return ResponseEntity.created(URI.create("/api/referrals/" + id + "/decision")).body(decisions.authorise(id, user));
    }

    @Operation(summary = "A manager ratifies the disposal",
            description = "Records who and when, and whether the decision and the ratification each fell within one working day of receipt.")
    @PostMapping(path = "/api/referrals/{id}/ratifications", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<DecisionState> ratify(@PathVariable String id, @Parameter(hidden = true) ActingUser user) {
        return ResponseEntity.created(URI.create("/api/referrals/" + id + "/decision")).body(decisions.ratify(id, user));
    }

    @Operation(summary = "Where the decision stands: awaiting-decision, awaiting-authorisation, awaiting-ratification or ratified")
    @GetMapping(path = "/api/referrals/{id}/decision", produces = MediaType.APPLICATION_JSON_VALUE)
    DecisionState current(@PathVariable String id, @Parameter(hidden = true) ActingUser user) {
        return decisions.view(id, user, "Decision API GET /api/referrals/{id}/decision");
    }
}
