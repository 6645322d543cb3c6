package org.frontdoor.policy;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.frontdoor.rules.ModelFile;
import org.frontdoor.rules.RuleSet;
import org.frontdoor.rules.RuleSetCatalog;
import org.frontdoor.security.ActingUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The versions of the decision tables and which one is in force. The database is the source of truth: on first
 * start the rules folder is recorded as the first published version; after that a version reaches the front door
 * only by being published (now or from a date) or by a roll-back, and every instance picks it up by polling.
 */
@Service
public class RuleSetVersions implements InitializingBean {
    private static final Logger log = LoggerFactory.getLogger(RuleSetVersions.class);
    static final String SYSTEM = "system";

    private final RuleSetStore store;
    private final RuleSetCatalog catalog;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final Cache<String, RuleSet> compiled = Caffeine.newBuilder().maximumSize(8).build();

    RuleSetVersions(RuleSetStore store, RuleSetCatalog catalog, TransactionTemplate tx, Clock clock, PublicationNotice notice) {
        this.notice = notice;
        this.store = store;
        this.catalog = catalog;
        this.tx = tx;
        this.clock = clock;
    }

    private volatile boolean inForcePublished;
    private final PublicationNotice notice;

    @Override
    public void afterPropertiesSet() {
        tx.executeWithoutResult(s -> {
            if (store.isEmpty()) {
                seed();
            }
        });
        RuleSet started = catalog.active();
        compiled.put(started.version() + "#" + started.hash(), started);
        refresh();
        RuleSet inForce = catalog.active();
        if (!inForce.hash().equals(ModelFile.hashOf(catalog.seedModels()))) {
            log.warn("The rules folder differs from published version {}; the published version is used. "
                    + "Upload the folder as a draft to publish it.", inForce.version());
        }
    }

    private void seed() {
        Instant now = clock.instant();
        List<ModelFile> files = catalog.seedModels();
        String version = catalog.seedVersion();
        store.insert(version, 1, RuleSetVersion.PUBLISHED, null, ModelFile.hashOf(files), SYSTEM, now,
                "The decision tables the service was first started with (the rules folder).");
        files.forEach(f -> store.putModel(version, f));
        store.update(version, 0, "effective_from = ?, published_by = ?, published_at = ?",
                RuleSetStore.ts(now), SYSTEM, RuleSetStore.ts(now));
        store.event(version, "seeded", SYSTEM, now, "recorded from the rules folder at first start");
        for (ValidationAcknowledgements.Seed a : ValidationAcknowledgements.seedRows(catalog.seedFile(ValidationAcknowledgements.SEED_FILE))) {
            store.acknowledge(version, ValidationAcknowledgements.key(a.kind(), a.table(), a.message()), a.kind(), a.table(), a.message(),
                    a.reason(), SYSTEM, now);
        }
        log.info("Recorded rule set {} from the rules folder as the first published version", version);
    }

    public List<RuleSetVersion> all() {
        return store.all();
    }

    public RuleSetVersion get(String version) {
        return store.find(version).orElseThrow(() -> PolicyProblem.notFound("rule-set version " + version));
    }

    /**
     * True when the rule set in use is the published version in force, checked at the last refresh: false while no
     * version is published, the one in force does not compile, or the database could not be read (readiness).
     */
    public boolean inForcePublished() {
        return inForcePublished;
    }

    /** The label of the version new assessments use now (no database read). */
    public String inForceVersion() {
        return catalog.active().version();
    }

    /** The version new assessments use now. */
    public RuleSetVersion inForce() {
        return get(catalog.active().version());
    }

    public List<ModelFile> models(String version) {
        get(version);
        return store.models(version);
    }

    public ModelFile model(String version, String fileName) {
        get(version);
        return store.model(version, fileName).orElseThrow(() -> PolicyProblem.notFound("file " + fileName + " in version " + version));
    }

    /** The compiled rule set of any recorded version (kept for a few versions at a time). */
    public RuleSet compiled(String version) {
        RuleSetVersion v = get(version);
        return compiled.get(version + "#" + v.hash(), k -> catalog.compile(version, store.models(version)));
    }

    /**
     * The version as it would be with {@code file} in place of its file of that name, compiled but not stored: to say
     * what a save would change before it is made.
     */
    public RuleSet compiledWith(String version, ModelFile file) {
        List<ModelFile> files = new java.util.ArrayList<>(store.models(version).stream().filter(f -> !f.fileName().equals(file.fileName())).toList());
        files.add(file);
        return catalog.compile(version, files);
    }

    /** The version a recorded referral was evaluated with, found by its content hash. */
    public Optional<String> versionWithHash(String hash) {
        return store.versionWithHash(hash);
    }

    // ----- drafts -----

    /** A new draft holding the files of {@code basedOn} (the version in force when not given). */
    public RuleSetVersion createDraft(ActingUser actor, String basedOn, String changeNote) {
        requirePolicyLead(actor, "create a draft");
        if (changeNote == null || changeNote.isBlank() || changeNote.length() > 2000) {
            throw PolicyProblem.invalid("changeNote", "must say what the change is for (1 to 2,000 characters)");
        }
        String from = basedOn == null || basedOn.isBlank() ? catalog.active().version() : basedOn;
        List<ModelFile> files = models(from);
        String version = tx.execute(s -> {
            int seq = store.nextSeq();
            String label = String.valueOf(seq);
            while (store.find(label).isPresent()) {
                label = seq + "." + (label.length());
            }
            Instant now = clock.instant();
            store.insert(label, seq, RuleSetVersion.DRAFT, from, ModelFile.hashOf(files), actor.name(), now, changeNote.strip());
            for (ModelFile f : files) {
                store.putModel(label, f);
            }
            store.addContributor(label, actor.name());
            store.copyAcknowledgements(from, label);
            store.event(label, "created", actor.name(), now, "draft from version " + from);
            return label;
        });
        return get(version);
    }

    /**
     * Replaces (or adds) files of a draft. The files must already have been screened and read. Only a draft can be
     * changed; an approved version cannot (create a new draft from it), so what was approved is what is published.
     * The row's version is compared and set when the new content hash is written: an approval committed meanwhile
     * makes this change fail and roll back whole.
     */
    public RuleSetVersion replaceModels(ActingUser actor, String version, List<ModelFile> files, boolean wholeSet) {
        return change(actor, version, files, wholeSet, null, wholeSet ? "set-replaced" : "model-replaced",
                String.join(", ", files.stream().map(ModelFile::fileName).toList()));
    }

    /**
     * One edit made in the table editor: the file replaces the draft's file of that name only if the draft still
     * holds {@code baseHash}, the content the edit was made on (checked and written in one transaction), so two
     * policy leads editing at once cannot overwrite each other's rows. {@code detail} says what changed and why.
     */
    public RuleSetVersion editModel(ActingUser actor, String version, ModelFile file, String baseHash, String detail) {
        return change(actor, version, List.of(file), false, baseHash, "table-edited", detail);
    }

    private RuleSetVersion change(ActingUser actor, String version, List<ModelFile> files, boolean wholeSet, String baseHash, String event,
                                  String detail) {
        requirePolicyLead(actor, "change a draft");
        tx.executeWithoutResult(s -> {
            store.lock(version);
            RuleSetVersion v = editable(version);
            if (baseHash != null && !baseHash.equals(v.hash())) {
                throw PolicyProblem.conflict("Version " + version + " has changed since you opened this page; your change was not saved.",
                        List.of("Open the table again to see the change, then make yours."));
            }
            if (wholeSet) {
                store.removeModels(version);
            }
            files.forEach(f -> store.putModel(version, f));
            String hash = ModelFile.hashOf(store.models(version));
            if (!store.update(version, v.rowVersion(), "content_hash = ?", hash)) {
                throw changedMeanwhile(version);
            }
            store.addContributor(version, actor.name());
            store.event(version, event, actor.name(), clock.instant(), detail);
        });
        return get(version);
    }

    /** Records the outcome of a scenario-gate run for the content it ran on. */
    void recordGate(String version, String hash, String reportJson, String actor, String summary) {
        tx.executeWithoutResult(s -> {
            RuleSetVersion v = get(version);
            if (!store.update(version, v.rowVersion(), "gate_hash = ?, gate_report = ?", hash, reportJson)) {
                throw changedMeanwhile(version);
            }
            store.event(version, "scenario-gate-run", actor, clock.instant(), summary);
        });
    }

    Optional<String> gateReport(String version) {
        return store.gateReport(version);
    }

    /** The author says a failing scenario is meant to change, and why; the approver sees it. */
    public RuleSetVersion markIntended(ActingUser actor, String version, String scenario, String reason) {
        requirePolicyLead(actor, "mark an intended change");
        if (scenario == null || scenario.isBlank() || scenario.length() > 300) {
            throw PolicyProblem.invalid("scenario", "must name the scenario (its location, e.g. features/decision/levels.feature:12)");
        }
        if (reason == null || reason.isBlank() || reason.length() > 2000) {
            throw PolicyProblem.invalid("reason", "must say why the scenario's outcome is meant to change (1 to 2,000 characters)");
        }
        tx.executeWithoutResult(s -> {
            RuleSetVersion v = editable(version);
            if (!v.contributors().contains(actor.name())) {
                throw new ActingUser.ActionForbidden("Only an author of the draft can mark a change as intended.");
            }
            store.markIntended(version, scenario.strip(), reason.strip(), actor.name(), clock.instant());
            store.event(version, "intended-change-marked", actor.name(), clock.instant(), scenario.strip());
        });
        return get(version);
    }

    // ----- approval, publishing, roll-back -----

    /**
     * Four eyes: someone who did not write the draft approves it, once the checks the caller ran (validation and
     * the scenario gate) have nothing left that blocks. The approval is bound to the content those checks ran on,
     * {@code checkedHash}: it commits only if the draft still has that content when the approval is written (the
     * row's version is compared and set in the same statement), so an edit made while the checks ran makes it fail
     * with 409 instead of approving what nobody checked. {@code namedHash}, when the approver's request names the
     * content they looked at, must be that content too.
     */
    public RuleSetVersion approve(ActingUser actor, String version, String note, String checkedHash, String namedHash, List<String> blockers) {
        requirePolicyLead(actor, "approve a draft");
        tx.executeWithoutResult(s -> {
            RuleSetVersion v = get(version);
            requireContent(v, namedHash, "approve");
            if (!v.hash().equals(checkedHash)) {
                throw PolicyProblem.conflict("Version " + version + " changed while it was being checked for approval; nothing was approved.",
                        List.of("Check the draft as it now stands and approve again."));
            }
            if (!ModelFile.hashOf(store.models(version)).equals(checkedHash)) {
                throw changedMeanwhile(version);
            }
            if (!RuleSetVersion.DRAFT.equals(v.status())) {
                throw PolicyProblem.conflict("Version " + version + " is " + v.status() + "; only a draft can be approved.", List.of());
            }
            if (v.contributors().contains(actor.name())) {
                throw new ActingUser.ActionForbidden("The author of a draft cannot approve it: another policy lead must.");
            }
            if (!blockers.isEmpty()) {
                throw PolicyProblem.conflict("Version " + version + " cannot be approved yet.", blockers);
            }
            Instant now = clock.instant();
            if (!store.update(version, v.rowVersion(), "status = ?, approved_by = ?, approved_at = ?, approval_note = ?, approved_hash = ?",
                    RuleSetVersion.APPROVED, actor.name(), RuleSetStore.ts(now), note == null ? null : note.strip(), v.hash())) {
                throw changedMeanwhile(version);
            }
            store.event(version, "approved", actor.name(), now, note);
        });
        return get(version);
    }

    /**
     * Publishes an approved version now, or from {@code effectiveFrom} if that is later: only the content that was
     * approved (its files are read and hashed in the same transaction), and, when the request names a content hash,
     * only if it is that content. Sooner than partners' notice ({@link PublicationNotice}) only with {@code urgentReason},
     * which the version's history keeps.
     */
    public RuleSetVersion publish(ActingUser actor, String version, Instant effectiveFrom, String namedHash, String urgentReason) {
        requirePolicyLead(actor, "publish a version");
        Instant from = notice.takesEffect(effectiveFrom, urgentReason, clock.instant());
        tx.executeWithoutResult(s -> {
            RuleSetVersion v = get(version);
            if (!RuleSetVersion.APPROVED.equals(v.status())) {
                throw PolicyProblem.conflict("Version " + version + " is " + v.status() + "; only an approved version can be published.",
                        List.of("Another policy lead must approve it first."));
            }
            requireContent(v, namedHash, "publish");
            String approved = store.approvedHash(version).orElse("");
            if (!approved.equals(v.hash()) || !ModelFile.hashOf(store.models(version)).equals(approved)) {
                throw PolicyProblem.conflict("Version " + version + " does not hold the content that was approved; nothing was published.",
                        List.of("Create a new draft from it and have it approved again."));
            }
            Instant now = clock.instant();
            if (!store.update(version, v.rowVersion(), "status = ?, effective_from = ?, published_by = ?, published_at = ?, supersedes = ?",
                    RuleSetVersion.PUBLISHED, RuleSetStore.ts(from), actor.name(), RuleSetStore.ts(now), catalog.active().version())) {
                throw changedMeanwhile(version);
            }
            store.event(version, "published", actor.name(), now, "in force from " + from
                    + (urgentReason == null || urgentReason.isBlank() ? "" : "; sooner than partners' notice because: " + urgentReason.strip()));
        });
        refresh();
        return get(version);
    }

    /**
     * Puts an earlier version back in force now, in one step. Versions scheduled for later are withdrawn too, so after
     * a roll-back the chosen version stays in force until someone publishes again.
     */
    public RuleSetVersion rollBack(ActingUser actor, String version, String reason) {
        requirePolicyLead(actor, "roll back");
        if (reason == null || reason.isBlank() || reason.length() > 2000) {
            throw PolicyProblem.invalid("reason", "must say why the tables are rolled back (1 to 2,000 characters)");
        }
        String current = catalog.active().version();
        tx.executeWithoutResult(s -> {
            RuleSetVersion v = get(version);
            if (!v.everPublished() || RuleSetVersion.DRAFT.equals(v.status()) || RuleSetVersion.APPROVED.equals(v.status())) {
                throw PolicyProblem.conflict("Version " + version + " has never been published, so it cannot be rolled back to.", List.of());
            }
            if (version.equals(current)) {
                throw PolicyProblem.conflict("Version " + version + " is already in force.", List.of());
            }
            Instant now = clock.instant();
            for (RuleSetVersion later : store.all()) {
                if (RuleSetVersion.PUBLISHED.equals(later.status()) && later.effectiveFrom() != null && later.effectiveFrom().isAfter(now)) {
                    store.update(later.version(), later.rowVersion(), "status = ?, retired_at = ?", RuleSetVersion.RETIRED, RuleSetStore.ts(now));
                    store.event(later.version(), "withdrawn", actor.name(), now, "withdrawn by the roll-back to version " + version);
                }
            }
            if (!store.update(version, v.rowVersion(), "status = ?, effective_from = ?, published_by = ?, published_at = ?, supersedes = ?, retired_at = NULL",
                    RuleSetVersion.PUBLISHED, RuleSetStore.ts(now), actor.name(), RuleSetStore.ts(now), current)) {
                throw changedMeanwhile(version);
            }
            store.event(version, "rolled-back-to", actor.name(), now, "replacing version " + current + ": " + reason.strip());
        });
        refresh();
        return get(version);
    }

    /**
     * Puts the version that should be in force now into the catalogue, and retires the ones it supersedes. Runs at
     * start, after each publish or roll-back, and every few seconds (publications from a date, other instances).
     */
    @Scheduled(fixedDelayString = "${frontdoor.policy.refresh-interval:PT2S}", initialDelayString = "${frontdoor.policy.refresh-interval:PT2S}")
    public void refresh() {
        Instant now = clock.instant();
        List<RuleSetVersion> inForce;
        try {
            inForce = store.inForceBy(now);
        } catch (RuntimeException databaseUnreachable) {
            inForcePublished = false;
            throw databaseUnreachable;
        }
        if (inForce.isEmpty()) {
            inForcePublished = false;
            log.error("No published rule set is in force; the service keeps {}", catalog.active());
            return;
        }
        RuleSetVersion current = inForce.get(0);
        RuleSet active = catalog.active();
        if (!active.version().equals(current.version()) || !active.hash().equals(current.hash())) {
            try {
                catalog.activate(compiled(current.version()));   // compiled whole before it replaces the one in use
            } catch (RuntimeException doesNotCompile) {
                inForcePublished = false;
                throw doesNotCompile;
            }
        }
        inForcePublished = true;
        for (RuleSetVersion older : inForce.subList(1, inForce.size())) {
            tx.executeWithoutResult(s -> {
                if (store.update(older.version(), older.rowVersion(), "status = ?, retired_at = ?", RuleSetVersion.RETIRED, RuleSetStore.ts(now))) {
                    store.event(older.version(), "retired", SYSTEM, now, "superseded by version " + current.version());
                }
            });
        }
    }

    private RuleSetVersion editable(String version) {
        RuleSetVersion v = get(version);
        if (!v.editable()) {
            throw PolicyProblem.conflict("Version " + version + " is " + v.status() + " and cannot be changed; create a draft from it instead.", List.of());
        }
        return v;
    }

    /** When a request names the content it means, the version must hold exactly that content. */
    private static void requireContent(RuleSetVersion v, String namedHash, String action) {
        if (namedHash != null && !namedHash.isBlank() && !namedHash.strip().equalsIgnoreCase(v.hash())) {
            throw PolicyProblem.conflict("Version " + v.version() + " has changed since you looked at it; nothing was done.",
                    List.of("You asked to " + action + " content " + abbreviate(namedHash.strip()) + ", but the version now holds "
                            + abbreviate(v.hash()) + ". Look at it again before you " + action + " it."));
        }
    }

    private static String abbreviate(String hash) {
        return hash.length() > 12 ? hash.substring(0, 12) : hash;
    }

    private static PolicyProblem changedMeanwhile(String version) {
        return PolicyProblem.conflict("Someone else changed version " + version + " at the same moment; nothing was changed. Reload and try again.", List.of());
    }

    private static void requirePolicyLead(ActingUser actor, String action) {
        actor.require(ActingUser.Role.POLICY_LEAD, action);
    }
}
