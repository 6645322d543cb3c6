package org.frontdoor.policy;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.frontdoor.impact.ImpactAnalysis;
import org.frontdoor.impact.ImpactAnalysis.Reassessment;
import org.frontdoor.audit.AuditTrail;
import org.frontdoor.security.ActingUser;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A recorded referral evaluated again against the exact version that produced it (or another version). */
@RestController
@Tag(name = "Rule-set versions")
class ReEvaluationApiController {
    private final RuleSetVersions versions;
    private final ImpactAnalysis impact;
    private final AuditTrail audit;
    private final org.springframework.transaction.support.TransactionTemplate tx;

    ReEvaluationApiController(RuleSetVersions versions, ImpactAnalysis impact, AuditTrail audit,
                              org.springframework.transaction.support.TransactionTemplate tx) {
        this.versions = versions;
        this.impact = impact;
        this.audit = audit;
        this.tx = tx;
    }

    record ReEvaluation(String referralId, String version, String hash, boolean recordedVersion, boolean sameAsRecorded,
                        Reassessment detail) {
    }

    @GetMapping("/api/referrals/{id}/re-evaluation")
    @Operation(summary = "Evaluate a recorded referral again, with the contact and history it was recorded with, against the version "
            + "that produced it (found by its content hash) or the approved or published version named (a draft is compared "
            + "through its impact analysis instead)")
    ReEvaluation reEvaluate(@PathVariable("id") org.frontdoor.referral.ReferralRef referralRef, @RequestParam(required = false) String version,
                            @io.swagger.v3.oas.annotations.Parameter(hidden = true) ActingUser user) {
        String id = referralRef.id();
        String recordedHash = impact.recordedRuleSetHash(id).orElseThrow(() -> PolicyProblem.notFound("referral with this id"));
        String recordedVersion = versions.versionWithHash(recordedHash)
                .orElseThrow(() -> PolicyProblem.conflict("The rule set this referral was assessed with is not in the version history.", java.util.List.of()));
        String chosen = version == null || version.isBlank() ? recordedVersion : version;
        if (versions.get(chosen).editable()) {
            // a draft is untrusted content: it is evaluated only in worker processes, through the impact analysis
            throw PolicyProblem.conflict("A draft is not used to re-evaluate a referral. Run the impact analysis on the draft "
                    + "to see what it would change, or name an approved or published version.", java.util.List.of());
        }
        Reassessment again = impact.reassess(id, versions.compiled(chosen)).orElseThrow();
        tx.executeWithoutResult(s -> audit.record(id, AuditTrail.RE_EVALUATED, user.name(), recordedVersion,
                "Re-evaluation API GET /api/referrals/{id}/re-evaluation"));
        return new ReEvaluation(id, chosen, versions.get(chosen).hash(), chosen.equals(recordedVersion), again.sameAsRecorded(), again);
    }
}
