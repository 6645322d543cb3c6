package org.frontdoor.referral;

import java.net.URI;
import java.security.Principal;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.frontdoor.audit.AuditEvent;
import org.frontdoor.decision.Contact;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Referrals", description = "Record a contact at the front door with its recommendation")
class ReferralApiController {
    private final ReferralIntake intake;
    private final IdempotentIntake once;

    ReferralApiController(ReferralIntake intake, IdempotentIntake once) {
        this.intake = intake;
        this.once = once;
    }

    @Operation(summary = "Record a contact and its recommendation in one transaction",
            description = "Send an Idempotency-Key (e.g. a UUID) and retry with the same key and contact as often as needed: the first "
                    + "request records the referral (201); a retry gets the same referral back (200, header Idempotent-Replayed: true) "
                    + "and never records it twice. The same key with a different contact is refused (422).")
    @PostMapping(path = "/api/referrals", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<RecordedReferral> record(@Valid @RequestBody Contact contact, Principal principal,
            @Parameter(description = "Optional. 1 to 200 printable ASCII characters without spaces, unique per contact, e.g. a UUID; kept per signed-in user. "
                    + "A retry with the same key and contact returns the original referral (200, Idempotent-Replayed: true)")
            @RequestHeader(name = IdempotentIntake.HEADER, required = false) String key) {
        IdempotentIntake.Outcome outcome = once.record(contact, actor(principal), key);
        RecordedReferral referral = outcome.referral();
        URI location = URI.create("/api/referrals/" + referral.id());
        if (outcome.replayed()) {
            return ResponseEntity.ok().location(location).header("Idempotent-Replayed", "true").body(referral);
        }
        return ResponseEntity.created(location).body(referral);
    }

    /** How the audit trail names these endpoints (route templates: never an id or a query string). */
    static final String VIA_FIND = "API GET /api/referrals/{id}";
    static final String VIA_AUDIT = "Audit trail API GET /api/referrals/{id}/audit";

    @Operation(summary = "A recorded referral exactly as it was recommended, with the rule-set version",
            description = "Each read is one \"viewed\" entry on the referral's audit trail, via \"" + VIA_FIND + "\".")
    @GetMapping(path = "/api/referrals/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<RecordedReferral> find(@PathVariable("id") org.frontdoor.referral.ReferralRef referralRef, Principal principal) {
        String id = referralRef.id();
        return intake.find(id, actor(principal), VIA_FIND).map(ResponseEntity::ok).orElseThrow(() -> new ReferralNotFound(id));
    }

    @Operation(summary = "The referral's append-only audit trail: who did what, when, under which rule-set version, through which page or endpoint",
            description = "Oldest first. Each entry's via names the page or API endpoint by its route template (e.g. \"Record page "
                    + "/referrals/{id}/record\", \"" + VIA_FIND + "\"), never the address typed; it is absent on entries recorded "
                    + "before it was kept and on actions not made through one. Reading the trail is itself audited (audit-trail-read, via \""
                    + VIA_AUDIT + "\"), after the read, so the trail returned does not include it.")
    @GetMapping(path = "/api/referrals/{id}/audit", produces = MediaType.APPLICATION_JSON_VALUE)
    List<AuditEvent> audit(@PathVariable("id") org.frontdoor.referral.ReferralRef referralRef, Principal principal) {
        String id = referralRef.id();
        return intake.auditTrail(id, actor(principal), VIA_AUDIT).orElseThrow(() -> new ReferralNotFound(id));
    }

    /** The signed-in user (the endpoint rules let nobody else in). */
    private static String actor(Principal principal) {
        return principal.getName();
    }
}
