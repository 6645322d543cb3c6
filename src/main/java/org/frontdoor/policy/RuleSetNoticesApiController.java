package org.frontdoor.policy;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** What changed between versions, the notice partners receive, and the algorithmic-transparency record. */
@RestController
@Tag(name = "Rule-set versions")
class RuleSetNoticesApiController {
    private final PolicyReports reports;

    RuleSetNoticesApiController(PolicyReports reports) {
        this.reports = reports;
    }

    @GetMapping("/api/rule-sets/{version}/diff")
    @Operation(summary = "Rows added, removed, changed and moved per table, against another version (default: the one it was based on)")
    RuleSetDiff diff(@PathVariable String version, @RequestParam(required = false) String against) {
        return reports.diff(version, against);
    }

    @GetMapping("/api/rule-sets/{version}/change-notice")
    @Operation(summary = "The plain-English notice for partner agencies: what changed and from when (a preview until published)")
    ChangeNotice changeNotice(@PathVariable String version) {
        return reports.changeNotice(version);
    }

    @GetMapping("/api/transparency-record")
    @Operation(summary = "The algorithmic-transparency record of the version in force (UK ATRS sections)")
    TransparencyRecord transparencyRecord() {
        return reports.transparencyRecord();
    }
}
