package org.frontdoor.policy;

import java.time.Instant;
import java.util.List;

import org.frontdoor.rules.DecisionTables;
import org.frontdoor.rules.ModelFile;
import org.frontdoor.security.ActingUser;
import org.springframework.stereotype.Service;

/**
 * The policy cycle's changing steps, for callers outside this package (the pages): the same rules as the API's, with
 * the same refusals ({@link PolicyProblem}, {@code ActingUser.ActionForbidden}, {@code RejectedModel},
 * {@code RejectedUpload}).
 */
@Service
public class PolicyActions {
    private final RuleSetVersions versions;
    private final UploadedModels uploads;
    private final ScenarioGateRuns gate;
    private final DraftChecks checks;

    private final PublicationNotice notice;
    private final java.time.Clock clock;

    PolicyActions(RuleSetVersions versions, UploadedModels uploads, ScenarioGateRuns gate, DraftChecks checks, PublicationNotice notice,
                  java.time.Clock clock) {
        this.notice = notice;
        this.clock = clock;
        this.versions = versions;
        this.uploads = uploads;
        this.gate = gate;
        this.checks = checks;
    }

    public String createDraft(ActingUser actor, String changeNote) {
        return versions.createDraft(actor, null, changeNote).version();
    }

    /** A .dmn replaces the file of that name; a .zip replaces the whole set. */
    public void upload(ActingUser actor, String version, org.springframework.web.multipart.MultipartFile file) {
        UploadedModels.Upload upload = uploads.read(file);
        versions.replaceModels(actor, version, upload.files(), upload.wholeSet());
    }

    /**
     * One change made in the table editor: {@code edit} turns the draft's file into the changed one (refusing cells
     * the engine cannot read with {@code DecisionTables.Refused}); the result is screened like any upload and saved
     * to the draft only if it still holds {@code baseHash}, with who, what and {@code why} on its history.
     */
    public void editTable(ActingUser actor, String version, String fileName, String baseHash, String why,
                          java.util.function.Function<ModelFile, DecisionTables.Edit> edit) {
        actor.require(ActingUser.Role.POLICY_LEAD, "change a draft");
        RuleSetVersion draft = versions.get(version);
        if (!draft.editable()) {
            throw PolicyProblem.conflict("Version " + version + " is " + draft.status() + " and cannot be changed; create a draft from it instead.",
                    List.of());
        }
        DecisionTables.Edit changed = edit.apply(versions.model(version, fileName));   // the cells' problems first, all at once
        if (why == null || why.isBlank() || why.length() > 2000) {
            throw PolicyProblem.invalid("why", "must say why you are making this change (1 to 2,000 characters)");
        }
        ModelFile screened = uploads.dmn(fileName, changed.file().content());
        versions.editModel(actor, version, screened, baseHash == null || baseHash.isBlank() ? draft.hash() : baseHash,
                changed.summary() + " Why: " + why.strip());
    }

    /**
     * A model saved from the DMN editor the service serves: it replaces the draft's file of that name, screened like
     * any upload (the editor writes DMN 1.6), only if the draft still holds {@code baseHash}. What it changes is judged
     * by meaning, the rows of the tables compared with the draft's before the save, and goes on the history with
     * {@code why}.
     *
     * @return what the save changed, compared with the draft as it was
     */
    public RuleSetDiff saveFromEditor(ActingUser actor, String version, String fileName, String baseHash, String why, byte[] content) {
        actor.require(ActingUser.Role.POLICY_LEAD, "change a draft");
        RuleSetVersion draft = versions.get(version);
        if (!draft.editable()) {
            throw PolicyProblem.conflict("Version " + version + " is " + draft.status() + " and cannot be changed; create a draft from it instead.",
                    List.of());
        }
        versions.model(version, fileName);   // only a file the draft has
        if (why == null || why.isBlank() || why.length() > 2000) {
            throw PolicyProblem.invalid("why", "must say why you are making this change (1 to 2,000 characters)");
        }
        if (content == null || content.length == 0) {
            throw PolicyProblem.invalid("content", "the editor sent no model; open the editor again and save");
        }
        ModelFile screened = uploads.dmn(fileName, content);
        RuleSetDiff diff = RuleSetDiff.between(versions.compiled(version), versions.compiledWith(version, screened));
        versions.editModel(actor, version, screened, baseHash == null || baseHash.isBlank() ? draft.hash() : baseHash,
                "Saved from the DMN editor: " + fileName + ". " + (diff.isEmpty() ? "No rule changed." : diff.summary().text()) + " Why: " + why.strip());
        return diff;
    }

    /** Runs every gate scenario against the version; returns how many failed and are not marked intended. */
    public int runGate(ActingUser actor, String version) {
        return gate.run(actor, version, List.of()).blocking().size();
    }

    /** Marks one failing scenario (its location, as the gate names it) as an intended change, with its own reason. */
    public void markIntended(ActingUser actor, String version, String scenario, String reason) {
        versions.markIntended(actor, version, scenario, reason);
    }

    /** Marks every failing scenario of the last gate run that is not yet marked, with one reason. */
    public int markAllIntended(ActingUser actor, String version, String reason) {
        List<String> blocking = gate.last(version).map(ScenarioGateRuns.GateReport::blocking).orElse(List.of());
        for (String scenario : blocking) {
            versions.markIntended(actor, version, scenario, reason);
        }
        return blocking.size();
    }

    /** Approves the content the page showed ({@code contentHash}), once the checks on exactly that content allow it. */
    public void approve(ActingUser actor, String version, String note, String contentHash) {
        RuleSetVersion draft = versions.get(version);
        versions.approve(actor, version, note, draft.hash(), contentHash, checks.blockers(draft));
    }

    /** Publishes the approved content the page showed ({@code contentHash}). */
    public void publish(ActingUser actor, String version, Instant effectiveFrom, String contentHash, String urgentReason) {
        versions.publish(actor, version, effectiveFrom, contentHash, urgentReason);
    }

    /**
     * When a version published now would take effect, checked as publishing checks it (not past; partners' notice
     * unless there is a reason it cannot wait), without publishing anything: for the page that asks for confirmation.
     *
     * @throws PolicyProblem naming {@code effectiveFrom} or {@code urgentReason}
     */
    public Instant publicationTime(Instant effectiveFrom, String urgentReason) {
        return notice.takesEffect(effectiveFrom, urgentReason, clock.instant());
    }

    public int noticeWorkingDays() {
        return notice.workingDays();
    }

    /** The first day a version published now may take effect without a reason for urgency. */
    public java.time.LocalDate earliestPublicationDay() {
        return notice.earliestDay(clock.instant());
    }

    public void rollBack(ActingUser actor, String version, String reason) {
        versions.rollBack(actor, version, reason);
    }
}
