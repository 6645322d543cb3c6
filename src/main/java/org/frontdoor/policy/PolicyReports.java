package org.frontdoor.policy;

import java.util.Optional;

import org.frontdoor.council.CouncilContacts;
import org.frontdoor.rules.ValidationReport;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * What a version's checks and comparisons say, for the API and the pages alike: its validation report, its last
 * scenario-gate run, the diff against the version it was made from (or replaced), the partner change notice and the
 * transparency record of the version in force.
 */
@Service
public class PolicyReports {
    private final RuleSetVersions versions;
    private final DraftValidation validation;
    private final ScenarioGateRuns gate;
    private final String organisation;
    private final CouncilContacts contacts;
    private final org.frontdoor.impact.ImpactAnalysis impact;
    private final DraftWork work;

    PolicyReports(RuleSetVersions versions, DraftValidation validation, ScenarioGateRuns gate,
                  org.frontdoor.impact.ImpactAnalysis impact, DraftWork work,
                  @Value("${frontdoor.council.name:}") String organisation, CouncilContacts contacts) {
        this.versions = versions;
        this.validation = validation;
        this.gate = gate;
        this.impact = impact;
        this.work = work;
        this.organisation = organisation;
        this.contacts = contacts;
    }

    /** A last gate run, as a page shows it. */
    public record GateSummary(boolean current, boolean complete, int passed, int failed, int blocking,
                              java.util.List<org.frontdoor.scenarios.ScenarioGate.ScenarioResult> failures,
                              java.util.Map<String, RuleSetVersion.IntendedChange> intended) {
    }

    /**
     * Failing scenarios under the changed row they name ({@code row} and {@code change} null for those that name no
     * changed row): what the policy lead reads when deciding, one by one, whether each failure is intended.
     */
    public record FailureGroup(String row, String change, java.util.List<org.frontdoor.scenarios.ScenarioGate.ScenarioResult> failures) {
    }

    /** The gate's failures grouped by the first row the draft changed (added, removed or altered) that each names. */
    public static java.util.List<FailureGroup> failuresByChangedRow(GateSummary gate, RuleSetDiff diff) {
        java.util.Map<String, String> changes = new java.util.LinkedHashMap<>();
        if (diff != null) {
            for (RuleSetDiff.TableChange t : diff.tables()) {
                t.changed().forEach(r -> changes.putIfAbsent(r.ruleId(), t.table() + ": changed " + r.ruleId() + " (" + String.join("; ", r.changes()) + ")"));
                t.added().forEach(r -> changes.putIfAbsent(r.ruleId(), t.table() + ": added " + r.ruleId()));
                t.removed().forEach(r -> changes.putIfAbsent(r.ruleId(), t.table() + ": removed " + r.ruleId()));
            }
        }
        java.util.Map<String, java.util.List<org.frontdoor.scenarios.ScenarioGate.ScenarioResult>> byRow = new java.util.LinkedHashMap<>();
        changes.keySet().forEach(id -> byRow.put(id, new java.util.ArrayList<>()));
        java.util.List<org.frontdoor.scenarios.ScenarioGate.ScenarioResult> unlinked = new java.util.ArrayList<>();
        for (var failure : gate.failures()) {
            failure.names().stream().filter(changes::containsKey).findFirst()
                    .ifPresentOrElse(id -> byRow.get(id).add(failure), () -> unlinked.add(failure));
        }
        java.util.List<FailureGroup> groups = new java.util.ArrayList<>();
        byRow.forEach((id, failures) -> {
            if (!failures.isEmpty()) {
                groups.add(new FailureGroup(id, changes.get(id), failures));
            }
        });
        if (!unlinked.isEmpty()) {
            groups.add(new FailureGroup(null, null, unlinked));
        }
        return groups;
    }

    /** The referrals recorded in [from, to) replayed against this version and the one in force (time-bounded). */
    public org.frontdoor.impact.ImpactReport impact(String version, java.time.Instant from, java.time.Instant to) {
        String inForce = versions.inForceVersion();
        // the draft is compiled and evaluated in replay worker processes, never here
        var published = new org.frontdoor.impact.ImpactAnalysis.RuleSetFiles(inForce, versions.models(inForce));
        var draft = new org.frontdoor.impact.ImpactAnalysis.RuleSetFiles(version, versions.models(version));
        return work.within(() -> impact.analyse(published, draft, from, to));
    }

    /** A worked example (not stored) on the version in force and on this version, evaluated in a replay worker. */
    public org.frontdoor.impact.ReplayWorkerMain.Answer example(String version, org.frontdoor.decision.Contact contact) {
        String inForce = versions.inForceVersion();
        var published = new org.frontdoor.impact.ImpactAnalysis.RuleSetFiles(inForce, versions.models(inForce));
        var draft = new org.frontdoor.impact.ImpactAnalysis.RuleSetFiles(version, versions.models(version));
        return work.within(() -> impact.example(published, draft, contact));
    }

    /**
     * A draft's page is open, so its impact analysis and scenario gate are likely next: their worker processes start
     * (and compile the draft) in the background, so neither run waits for a cold JVM. Nothing for a version that is
     * or was in force.
     */
    public void prepareDraftWork(String version) {
        String inForce = versions.inForceVersion();
        if (!version.equals(inForce) && !versions.get(version).everPublished()) {
            gate.prepare();
            impact.prepare(new org.frontdoor.impact.ImpactAnalysis.RuleSetFiles(inForce, versions.models(inForce)),
                    new org.frontdoor.impact.ImpactAnalysis.RuleSetFiles(version, versions.models(version)));
        }
    }

    public ValidationReport validation(String version) {
        return validation.report(version);
    }

    public Optional<GateSummary> lastGate(String version) {
        return gate.last(version).map(r -> new GateSummary(r.current(), r.complete(), r.run().passed(), r.run().failed(), r.blocking().size(),
                r.run().scenarios().stream().filter(s -> !"passed".equals(s.status())).toList(), r.intended()));
    }

    /** The version a draft is compared with: the one it replaced once published, else the one it was made from. */
    public String comparedWith(String version) {
        RuleSetVersion v = versions.get(version);
        if (v.supersedes() != null) {
            return v.supersedes();
        }
        return v.basedOn() != null ? v.basedOn() : v.version();
    }

    public RuleSetDiff diff(String version, String against) {
        String before = against != null && !against.isBlank() ? against : comparedWith(version);
        return RuleSetDiff.between(versions.compiled(before), versions.compiled(version));
    }

    public ChangeNotice changeNotice(String version) {
        RuleSetVersion v = versions.get(version);
        String before = comparedWith(version);
        return ChangeNotice.of(before, version, v.effectiveFrom(), v.changeNote(), diff(version, before), versions.compiled(version),
                contacts.questionsSentence());
    }

    /**
     * Changes partners have notice of: versions approved and not yet in force (published for a later date, or not yet
     * published), oldest first. Their change notices are public from approval.
     */
    public java.util.List<RuleSetVersion> upcomingChanges() {
        java.time.Instant now = java.time.Instant.now();
        return versions.all().stream()
                .filter(v -> RuleSetVersion.APPROVED.equals(v.status())
                        || RuleSetVersion.PUBLISHED.equals(v.status()) && v.effectiveFrom() != null && v.effectiveFrom().isAfter(now))
                .sorted(java.util.Comparator.comparingInt(RuleSetVersion::seq)).toList();
    }

    public TransparencyRecord transparencyRecord() {
        RuleSetVersion inForce = versions.inForce();
        return TransparencyRecord.of(versions.compiled(inForce.version()), inForce.publishedAt(), inForce.approvedBy(), organisation,
                contacts.email());
    }
}
