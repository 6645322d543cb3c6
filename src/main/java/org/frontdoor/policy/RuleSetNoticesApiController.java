package org.frontdoor.policy;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** What changed between versions, the notice partners receive, and the algorithmic-transparency record. */
@RestController
@Tag(name = "Rule-set versions")
class RuleSetNoticesApiController {
    private final RuleSetVersions versions;
    private final String organisation;
    private final String contact;

    RuleSetNoticesApiController(RuleSetVersions versions, @Value("${frontdoor.council.name:[Council name]}") String organisation,
                                @Value("${frontdoor.council.contact:[Front door contact]}") String contact) {
        this.versions = versions;
        this.organisation = organisation;
        this.contact = contact;
    }

    @GetMapping("/api/rule-sets/{version}/diff")
    @Operation(summary = "Rows added, removed, changed and moved per table, against another version (default: the one it was based on)")
    RuleSetDiff diff(@PathVariable String version, @RequestParam(required = false) String against) {
        String before = against != null && !against.isBlank() ? against : comparedWith(versions.get(version));
        return RuleSetDiff.between(versions.compiled(before), versions.compiled(version));
    }

    @GetMapping("/api/rule-sets/{version}/change-notice")
    @Operation(summary = "The plain-English notice for partner agencies: what changed and from when (a preview until published)")
    ChangeNotice changeNotice(@PathVariable String version) {
        RuleSetVersion v = versions.get(version);
        String before = comparedWith(v);
        RuleSetDiff diff = RuleSetDiff.between(versions.compiled(before), versions.compiled(version));
        return ChangeNotice.of(before, version, v.effectiveFrom(), v.changeNote(), diff, versions.compiled(version));
    }

    @GetMapping("/api/transparency-record")
    @Operation(summary = "The algorithmic-transparency record of the version in force (UK ATRS sections)")
    TransparencyRecord transparencyRecord() {
        RuleSetVersion inForce = versions.inForce();
        return TransparencyRecord.of(versions.compiled(inForce.version()), inForce.publishedAt(), inForce.approvedBy(), organisation, contact);
    }

    /** A published version is compared with the one it replaced; a draft with the one it was made from. */
    private String comparedWith(RuleSetVersion v) {
        if (v.supersedes() != null) {
            return v.supersedes();
        }
        return v.basedOn() != null ? v.basedOn() : v.version();
    }
}
