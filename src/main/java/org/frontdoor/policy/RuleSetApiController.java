package org.frontdoor.policy;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.frontdoor.rules.ModelFile;
import org.frontdoor.rules.ValidationReport;
import org.frontdoor.security.ActingUser;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** The policy cycle over HTTP: versions, drafts and their files, intended changes, approval, publishing, roll-back. */
@RestController
@RequestMapping("/api/rule-sets")
@Tag(name = "Rule-set versions", description = "Policy leads change, check, approve, publish and roll back the decision tables")
class RuleSetApiController {
    private final RuleSetVersions versions;
    private final UploadedModels uploads;
    private final DraftChecks checks;
    private final ScenarioGateRuns gate;
    private final DraftValidation validation;

    RuleSetApiController(RuleSetVersions versions, UploadedModels uploads, DraftChecks checks, ScenarioGateRuns gate,
                         DraftValidation validation) {
        this.versions = versions;
        this.uploads = uploads;
        this.checks = checks;
        this.gate = gate;
        this.validation = validation;
    }

    record GateRequest(List<String> features) {
    }

    record VersionSummary(String version, String status, boolean inForce, boolean scheduled, Instant effectiveFrom,
                          String author, Instant createdAt, String changeNote, String href) {
    }

    record VersionView(boolean inForce, boolean scheduled, RuleSetVersion detail) {
    }

    record DraftRequest(String basedOn, String changeNote) {
    }

    record IntendedChangeRequest(String scenario, String reason) {
    }

    /** @param contentHash the content the approver checked (the version's {@code hash}); optional, but then it must match */
    record ApprovalRequest(String note, String contentHash) {
    }

    /** @param contentHash the approved content to publish (the version's {@code hash}); optional, but then it must match */
    record PublicationRequest(Instant effectiveFrom, String contentHash,
                              @io.swagger.v3.oas.annotations.media.Schema(description = "Why it takes effect sooner than partners' notice "
                                      + "(frontdoor.policy.notice-working-days) allows; required then, kept on the version's history")
                              String urgentReason) {
    }

    record RollbackRequest(String reason) {
    }

    @GetMapping
    @Operation(summary = "Every version, newest first, with its status")
    List<VersionSummary> all() {
        String inForce = versions.inForceVersion();
        Instant now = Instant.now();
        return versions.all().stream().map(v -> new VersionSummary(v.version(), v.status(), v.version().equals(inForce),
                scheduled(v, now), v.effectiveFrom(), v.author(), v.createdAt(), v.changeNote(), "/api/rule-sets/" + v.version())).toList();
    }

    @GetMapping("/in-force")
    @Operation(summary = "The version new assessments use now")
    VersionView inForce() {
        return view(versions.inForce());
    }

    @GetMapping("/{version}")
    @Operation(summary = "One version: status, files, authors, approval, intended changes and its history")
    VersionView one(@PathVariable String version) {
        return view(versions.get(version));
    }

    @GetMapping("/{version}/models/{fileName}")
    @Operation(summary = "Download one DMN file of a version, byte for byte as it was uploaded")
    ResponseEntity<byte[]> download(@PathVariable String version, @PathVariable String fileName) {
        ModelFile file = versions.model(version, fileName);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file.fileName()).build().toString())
                .eTag('"' + file.hash() + '"')
                .body(file.content());
    }

    @PostMapping("/drafts")
    @Operation(summary = "Create a draft from the version in force (or from basedOn)")
    ResponseEntity<VersionView> createDraft(ActingUser actor, @RequestBody DraftRequest request) {
        RuleSetVersion draft = versions.createDraft(actor, request.basedOn(), request.changeNote());
        return ResponseEntity.created(URI.create("/api/rule-sets/" + draft.version())).body(view(draft));
    }

    @PutMapping(value = "/{version}/models/{fileName}", consumes = {MediaType.APPLICATION_XML_VALUE, MediaType.TEXT_XML_VALUE,
            MediaType.APPLICATION_OCTET_STREAM_VALUE})
    @Operation(summary = "Replace (or add) one DMN file of a draft with the request body, as saved by a DMN editor")
    VersionView replaceModel(ActingUser actor, @PathVariable String version, @PathVariable String fileName, @RequestBody byte[] content) {
        return view(versions.replaceModels(actor, version, List.of(uploads.dmn(fileName, content)), false));
    }

    @PostMapping(value = "/{version}/models", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Upload a .dmn file (replaces the file of that name) or a .zip of the whole set (replaces every file)")
    VersionView upload(ActingUser actor, @PathVariable String version, @RequestParam("file") MultipartFile file) {
        UploadedModels.Upload upload = uploads.read(file);
        return view(versions.replaceModels(actor, version, upload.files(), upload.wholeSet()));
    }

    @GetMapping("/{version}/validation")
    @Operation(summary = "Validation report in plain English: schema, semantics, table analysis, compilation and the service's contract")
    ValidationReport validation(@PathVariable String version) {
        return validation.report(version);
    }

    @PostMapping("/{version}/scenario-gate")
    @Operation(summary = "Run the scenarios in features/ against this version (all, or the feature files named); takes seconds")
    ScenarioGateRuns.GateReport runGate(ActingUser actor, @PathVariable String version, @RequestBody(required = false) GateRequest request) {
        return gate.run(actor, version, request == null ? List.of() : request.features());
    }

    @GetMapping("/{version}/scenario-gate")
    @Operation(summary = "The last scenario-gate run on this version, with intended changes and what still blocks approval")
    ScenarioGateRuns.GateReport lastGate(@PathVariable String version) {
        return gate.last(version).orElseThrow(() -> PolicyProblem.notFound("scenario-gate run for version " + version + " yet"));
    }

    @PostMapping("/{version}/intended-changes")
    @Operation(summary = "Mark a failing scenario as a change the draft intends, with the reason the approver will see")
    VersionView markIntended(ActingUser actor, @PathVariable String version, @RequestBody IntendedChangeRequest request) {
        return view(versions.markIntended(actor, version, request.scenario(), request.reason()));
    }

    @PostMapping("/{version}/approval")
    @Operation(summary = "Approve a draft: another policy lead than its authors, once validation and the scenario gate allow it")
    VersionView approve(ActingUser actor, @PathVariable String version, @RequestBody(required = false) ApprovalRequest request) {
        RuleSetVersion draft = versions.get(version);
        return view(versions.approve(actor, version, request == null ? null : request.note(), draft.hash(),
                request == null ? null : request.contentHash(), checks.blockers(draft)));
    }

    @PostMapping("/{version}/publication")
    @Operation(summary = "Publish an approved version from effectiveFrom (not in the past), or now; sooner than partners' notice "
            + "only with urgentReason")
    VersionView publish(ActingUser actor, @PathVariable String version, @RequestBody(required = false) PublicationRequest request) {
        return view(versions.publish(actor, version, request == null ? null : request.effectiveFrom(),
                request == null ? null : request.contentHash(), request == null ? null : request.urgentReason()));
    }

    @PostMapping("/{version}/rollback")
    @Operation(summary = "Put this earlier version back in force now")
    VersionView rollBack(ActingUser actor, @PathVariable String version, @RequestBody RollbackRequest request) {
        return view(versions.rollBack(actor, version, request.reason()));
    }

    private VersionView view(RuleSetVersion v) {
        return new VersionView(v.version().equals(versions.inForceVersion()), scheduled(v, Instant.now()), v);
    }

    private static boolean scheduled(RuleSetVersion v, Instant now) {
        return RuleSetVersion.PUBLISHED.equals(v.status()) && v.effectiveFrom() != null && v.effectiveFrom().isAfter(now);
    }
}
